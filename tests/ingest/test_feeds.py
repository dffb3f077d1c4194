"""RSS and Atom files: one article per entry, read offline."""

from __future__ import annotations

import datetime as dt

import pytest

from app.ingest import IngestError, read_article, read_articles, read_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Northline Press</title><link>https://northline.example/</link>
<language>en-gb</language><description>News</description>
<item><title>Shelling hits Kharkiv</title><link>https://northline.example/kharkiv</link>
<pubDate>Wed, 09 Mar 2022 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>At least 34 civilians were killed, officials said.</p>
<p>Another 285 were injured.</p><p>Advertisement</p>]]></content:encoded></item>
<item><title>Evacuation from Irpin</title><link>https://northline.example/irpin</link>
<pubDate>Sun, 06 Mar 2022 18:30:00 GMT</pubDate>
<description>About 1,200 civilians were evacuated from Irpin on Sunday.</description></item>
<item><title>Empty entry</title><link>https://northline.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian Wire</title>
<id>urn:x</id><updated>2022-05-12T00:00:00Z</updated>
<entry><title>Toll rises in Mariupol</title><id>urn:1</id>
<link href="https://meridian.example/mariupol"/><published>2022-03-16T09:00:00Z</published>
<updated>2022-03-17T09:00:00Z</updated>
<content type="html">&lt;p&gt;More than 2,500 civilians have been killed,
the council said.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_feed_gives_one_article_per_entry_with_text(write_file):
    articles = read_feed(write_file("news.rss", RSS))
    titles = [article.title for article in articles]
    assert titles == ["Shelling hits Kharkiv", "Evacuation from Irpin"]
    first, second = articles
    assert first.text == (
        "At least 34 civilians were killed, officials said.\n\nAnother 285 were injured."
    )
    assert [span.text for span in first.removed] == ["Advertisement"]
    assert first.url == "https://northline.example/kharkiv"
    assert first.published == dt.date(2022, 3, 9)
    assert first.publisher == "Northline Press"
    assert first.language == "en"
    assert second.text == "About 1,200 civilians were evacuated from Irpin on Sunday."
    assert first.original != second.original


def test_atom_feed_entries_use_their_published_date(write_file):
    (article,) = read_articles(write_file("wire.atom", ATOM))
    assert article.title == "Toll rises in Mariupol"
    assert article.published == dt.date(2022, 3, 16)
    assert article.publisher == "Meridian Wire"
    assert article.text == "More than 2,500 civilians have been killed, the council said."


def test_read_articles_wraps_a_single_article_in_a_list(write_file):
    (article,) = read_articles(write_file("a.txt", "Title\n\nTwo killed in Sumy, officials said."))
    assert article.title == "Title"


def test_xml_file_that_is_not_a_feed_is_refused(write_file):
    with pytest.raises(IngestError, match="'data.xml' is not an RSS or Atom feed."):
        read_articles(write_file("data.xml", "<?xml version='1.0'?><records><r>1</r></records>"))


def test_feed_without_any_text_is_refused(write_file):
    rss = "<rss version='2.0'><channel><title>T</title><item><title>x</title></item></channel>"
    rss += "</rss>"
    with pytest.raises(IngestError, match="'empty.rss' has no entries with article text."):
        read_feed(write_file("empty.rss", rss))


def test_read_article_on_a_feed_points_to_read_articles(write_file):
    with pytest.raises(IngestError, match="'news.rss' is a news feed"):
        read_article(write_file("news.rss", RSS))


def test_feed_named_xml_with_binary_content_is_refused(write_file):
    with pytest.raises(IngestError, match="looks like a PNG image"):
        read_feed(write_file("feed.xml", b"\x89PNG\r\n\x1a\n" + bytes(100)))
