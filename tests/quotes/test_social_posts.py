"""Pasted social posts are quotes by their account, or by "unknown account"."""

from __future__ import annotations

from quotes_helpers import find


def test_tweet_with_signature_is_a_quote_by_its_account(analyse) -> None:
    text = (
        "Bridge Row\n"
        "The harbour authority answered on Twitter:\n"
        "Work on the east span resumes Monday. Thanks for your patience! #BridgeWorks pic.twitter.com/Ab12Cd34\n"
        "— Harbour Authority (@HarbourAuth) May 2, 2026\n"
        "Drivers were not convinced."
    )
    a = analyse(text)
    q = find(a, "east span resumes")
    assert q.kind == "social_post"
    assert q.speaker.name == "@HarbourAuth" and q.speaker.resolution == "handle"
    assert q.speaker.mention.text == "@HarbourAuth"
    source = next(s for s in a.sources if s.id == q.speaker.source_id)
    assert source.kind == "social_account" and source.description == "Harbour Authority"
    assert "Harbour Authority (@HarbourAuth)" not in q.text


def test_post_with_no_visible_account_is_by_unknown_account(analyse) -> None:
    text = (
        "Bridge Row\n"
        "A post shared widely on Monday read:\n"
        "I waited two hours at the toll gate today and nobody told us why #BridgeWorks #tolls\n"
        "The authority did not explain the delay."
    )
    a = analyse(text)
    q = find(a, "I waited two hours")
    assert q.kind == "social_post"
    assert q.speaker.name == "unknown account" and q.speaker.mention is None
    assert q.speaker.resolution == "unresolved"


def test_post_without_account_introduced_by_the_sentence_before_is_by_its_subject(analyse) -> None:
    text = (
        "Bridge Row\n"
        "The regional mayor, Tomas Feld, posted a thread on Monday:\n"
        "The bridge deal is the best this city has ever signed. (1/2)\n"
        "Every toll cent goes back into maintenance, I promise. (2/2)\n"
        "Critics were not convinced."
    )
    q = find(analyse(text), "The bridge deal is the best")
    assert q.kind == "social_post" and q.speaker.name == "Tomas Feld" and q.speaker.resolution == "adjacent"


def test_a_thread_is_one_post_per_marker_all_by_the_author_the_sentence_before_names(analyse) -> None:
    a = analyse("Report\nA teacher, Owen Pritchard, posted a thread. Its first post read:\n\n"
                "(1/7) Right, @KessHarbour, let's talk about tonight. I have 31 students on a trip and nowhere to put "
                "them. #KessFerry\n\n(3/7) At 7pm staff told us the system would be back in ten minutes. It is now "
                "11.40pm. https://t.co/Lk2Pq9WzaB")
    posts = [q for q in a.quotes if q.kind == "social_post"]
    assert [a.article.text[q.start:q.start + 5] for q in posts] == ["(1/7)", "(3/7)"]
    assert [q.speaker.name for q in posts] == ["Owen Pritchard", "Owen Pritchard"]


def test_closing_thread_markers_end_posts_and_in_a_thread_names_the_author(analyse) -> None:
    a = analyse("Scientist explains the leak\nDr Ines Varga set out her concerns in a thread.\n"
                "The reactor coolant readings rose 40% overnight, which should not happen. (1/3)\n"
                "The operator says the sensor is faulty. Maybe. But two other sensors show the same rise. (2/3)\n"
                "We need an independent inspection today, not next month. (3/3)\n"
                "The operator said on Wednesday that the readings were within safe limits.")
    posts = [q for q in a.quotes if q.kind == "social_post"]
    assert len(posts) == 3 and {q.speaker.name for q in posts} == {"Ines Varga"}


def test_a_signature_run_on_to_the_posts_last_words_names_the_account_and_is_not_quoted(analyse) -> None:
    a = analyse("Storm latest\nMo Renner, whose cafe flooded, posted on X:\nWe lost everything in 20 minutes. The insurers "
                "say they will pay 60% at most.\u2014 Mo Renner (@moren) May 3, 2025\nThe council said 140 buildings were damaged.")
    (post,) = [q for q in a.quotes if q.kind == "social_post"]
    assert post.speaker.name == "@moren"
    assert a.article.text[post.start:post.end].endswith("60% at most.")


def test_a_thread_by_a_teacher_named_in_apposition_is_the_teachers(analyse) -> None:
    a = analyse("Report\nAnother passenger, a teacher named Owen Pritchard, posted a thread. Its first post read:\n\n"
                "(1/7) Right, @KessHarbour, let's talk about tonight. I have 31 students on a trip. #KessFerry\n\n"
                "(3/7) At 7pm staff told us the system would be back in ten minutes. https://t.co/Lk2Pq9WzaB")
    posts = [q for q in a.quotes if q.kind == "social_post"]
    assert [q.speaker.name for q in posts] == ["Owen Pritchard", "Owen Pritchard"]


def test_a_handle_alone_under_the_post_is_its_account(analyse) -> None:
    text = ("Count Disputed\n\nIn a post that was widely shared, Brandis wrote:\n\n"
            "“Voters did not ask for another decade of this. #VoteCount\n@OlgaBrandisMV\nhttps://t.co/Qw7eRt9yUi”\n\n"
            "Brandis, who was sacked in 2020, said she feared arrests.")
    a = analyse(text)
    post = find(a, "another decade")
    assert post.kind == "social_post" and post.speaker.name == "@OlgaBrandisMV"
    assert post.text == "Voters did not ask for another decade of this. #VoteCount"  # no stray opening mark
    assert find(a, "she feared arrests").kind == "indirect"
