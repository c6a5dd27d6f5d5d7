package dev.studyguide.site;

import java.util.List;

/** The records Mustache templates read. Fields holding HTML end in "Html" and are fragments we rendered. */
final class Views {
  private Views() {}

  record Link(String title, String url) {}

  /** "1 question", "3 notes": counts as a reader says them. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  record TopicCard(String title, String url, String summary, int questions, int notes, int level) {
    public boolean empty() {
      return questions == 0 && notes == 0;
    }

    /** A category's More questions (level 0) has no level: its questions fit no topic. */
    public boolean hasLevel() {
      return level > 0;
    }

    public String counts() {
      return count(questions, "question") + " · " + count(notes, "note");
    }
  }

  record CategoryCard(String title, String url, String summary, int topicCount, int questionCount,
      List<TopicCard> topics) {
    public String counts() {
      return count(topicCount, "topic") + " · " + count(questionCount, "question");
    }
  }

  record SourceCard(String title, String url, String file, int questions, int notes) {
    public String counts() {
      return count(questions, "question") + ", " + count(notes, "note");
    }
  }

  record Home(String guideTitle, String description, List<CategoryCard> categories, List<SourceCard> sources,
      int topicCount, int questionCount, int noteCount, int sourceQuestionCount, String questionsUrl,
      int answeredCount, int linkedCount, int unansweredCount) {}

  record CategoryPage(String title, String summary, List<TopicCard> topics, Link previous, Link next) {}

  record Answer(String html, Badge badge) {}

  /**
   * A passage from elsewhere in the sources that answers a question, with where it lives in the guide; {@code html}
   * is empty when it lives on the same page, a few lines above (the title links there).
   */
  record FromSource(String titleHtml, String html, Badge badge, String home, String homeTitle) {
    public boolean isAbove() {
      return html.isEmpty();
    }
  }

  record Badge(String label, String href, String title) {}

  /**
   * @param title the short title a source gives the question, or empty
   * @param difficulty easy, medium or hard as the sources say, or empty
   */
  record Question(String id, String title, String promptHtml, List<String> phrasingsHtml,
      List<String> followUpsHtml, List<Answer> answers, List<FromSource> fromSources, List<Badge> badges,
      List<Link> alsoOn, String difficulty) {
    public boolean hasFromSources() {
      return !fromSources.isEmpty();
    }

    public boolean hasDifficulty() {
      return !difficulty.isEmpty();
    }

    public boolean hasPhrasings() {
      return !phrasingsHtml.isEmpty();
    }

    public boolean hasFollowUps() {
      return !followUpsHtml.isEmpty();
    }

    public boolean hasAnswers() {
      return !answers.isEmpty();
    }

    public boolean hasAlsoOn() {
      return !alsoOn.isEmpty();
    }
  }

  record Note(String id, String titleHtml, String html, Badge badge) {}

  record Related(String title, String url, String kind) {}

  record AlsoListed(String promptHtml, String url, String topicTitle) {}

  /**
   * A narrower or folded topic shown on a broader topic's page: its title (linking to its own page, if it has
   * one), summary and the items that are on it or list it.
   */
  record Section(String anchor, String title, String url, String summary, List<AlsoListed> items) {
    public boolean hasItems() {
      return !items.isEmpty();
    }
  }

  /** The page left at a folded topic's old address: it leads to the section that now shows the topic. */
  record Redirect(String title, String description, String canonical, String target, String targetTitle) {}

  record TopicPage(String title, String summary, String aliases, Link category, int level,
      List<String> keyFormulasHtml, List<Note> notes, List<Question> questions, List<AlsoListed> alsoListed,
      List<Related> related, List<Link> backlinks, Link previous, Link next, List<Section> sections) {
    public boolean hasSections() {
      return !sections.isEmpty();
    }

    public boolean hasNotes() {
      return !notes.isEmpty();
    }

    public boolean hasQuestions() {
      return !questions.isEmpty();
    }

    public boolean isEmpty() {
      return notes.isEmpty() && questions.isEmpty();
    }

    // Mustache.java cannot test "list.0", so each optional section asks one of these.
    public boolean hasKeyFormulas() {
      return !keyFormulasHtml.isEmpty();
    }

    public boolean hasAlsoListed() {
      return !alsoListed.isEmpty();
    }

    public boolean hasRelated() {
      return !related.isEmpty();
    }

    public boolean hasBacklinks() {
      return !backlinks.isEmpty();
    }

    public boolean hasConnections() {
      return hasRelated() || hasBacklinks();
    }
  }

  record QuestionLine(String id, String title, String promptHtml, String url, int phrasings, List<Badge> badges,
      String difficulty, List<FromSource> fromSources) {
    public boolean hasFromSources() {
      return !fromSources.isEmpty();
    }

    public boolean hasDifficulty() {
      return !difficulty.isEmpty();
    }
  }

  record TopicQuestions(String title, String url, List<QuestionLine> questions) {}

  record CategoryQuestions(String title, String id, List<TopicQuestions> topics, int count) {}

  record AllQuestions(List<CategoryQuestions> categories, int count) {}

  record SourceItem(String id, String label, String kind, String textHtml, String lines, String url, String topicTitle,
      boolean merged) {}

  record SourcePage(String title, String file, List<SourceItem> items, int questions, int notes,
      List<String> skippedSummary) {
    public String counts() {
      return count(questions, "question") + " · " + count(notes, "note");
    }
  }

}
