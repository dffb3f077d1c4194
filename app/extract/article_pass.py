"""Passes over a whole article once every figure is drafted: parts numbered, disputes and
disclaimers read, claimant names made tidy (acronyms) and towns named
short given their full name."""

from __future__ import annotations

from app.domain import Figure
from app.extract.aliases import Aliases
from app.extract.article_state import ArticleState
from app.extract.body_fullname import full_body_names
from app.extract.claim_spans import goes_by
from app.extract.claim_viral import viral_claims, viral_disputes
from app.extract.claim_issuers import issuer_names
from app.extract.denial_objects import is_source
from app.extract.denials import apply_denials
from app.extract.forces_alias import ForcesAliases, longer_names
from app.extract.hedging import apply_disclaimers
from app.extract.place_fullname import full_names
from app.extract.side_own import enemy_losses, own_losses


def finish(claimants, art: ArticleState, denial_verbs) -> list[Figure]:
    """The article's figures, numbered 1..n, after the whole-article passes."""
    drafts, text = art.drafts, art.text
    number = {id(d): k for k, d in enumerate(drafts, 1)}
    for draft in drafts:
        if draft.parent is not None:
            draft.figure.parts_of = number.get(id(draft.parent))
    viral_claims(text, art.sentences, drafts)  # a fact-check's repeats of the post's figure: the post's author's
    own_losses(text, drafts, art.found["sides"])  # "Six servicemen were killed, Ukraine's ground forces said"
    enemy_losses(text, drafts, art.found["sides"])  # "During the day the enemy lost 250 servicemen", a ministry said
    apply_denials(claimants, text, art.sentences, drafts, art.people, art.claims, denial_verbs)
    apply_disclaimers(text, art.sentences, drafts, lambda claimant, owner: is_source(text, claimant, owner))
    viral_disputes(text, drafts)
    issuer_names(drafts)  # "Monday's communiqué put …": the body that issued it
    aliases, forces = Aliases(text, claimants.bodies, claimants.looks_like_name), ForcesAliases(text)
    full, longer = full_names(art.places), longer_names([d.figure.claimant for d in drafts])
    bodies = full_body_names(text, drafts)
    for k, draft in enumerate(drafts, 1):
        claimant = draft.figure.claimant
        claimant = bodies.get((claimant, draft.figure.start), claimant)  # "the regional administration"
        draft.figure.claimant = goes_by(text, aliases.canonical(forces.acronym(longer.get(claimant, claimant))))
        draft.figure.disputed_by = goes_by(text, aliases.canonical(forces.acronym(draft.figure.disputed_by)))
        draft.figure.id = k
        draft.figure.place = full.get(draft.figure.place, draft.figure.place)
    return [d.figure for d in drafts]
