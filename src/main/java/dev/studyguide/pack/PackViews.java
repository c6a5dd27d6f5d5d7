package dev.studyguide.pack;

import java.util.List;

/** The records {@code pack.mustache} and {@code packs.mustache} read. Fields ending in "Html" are fragments we rendered. */
final class PackViews {
  private PackViews() {}

  /**
   * One pack document: the print-ready HTML (both variants, a switch picks one) or one variant for the PDF.
   *
   * @param headerCss the running header's text as a CSS string, quotes included
   * @param inlineCss the print stylesheet itself, for the PDF (which reads no files); empty in the HTML
   */
  record Document(String documentTitle, String guideTitle, String packTitle, String packDescription,
      String kindLabel, String variantLabel, String variantClass, boolean pdf, boolean showQuestions,
      boolean showAnswers, String headerCss, String inlineCss, String stylesheet, String katexStylesheet,
      String buildDate, String isoDate, int topicCount, int questionCount, int noteCount, List<Part> parts,
      List<BoundPart> bound, List<Download> downloads, String packsUrl, String homeUrl, String canonical) {
    /** A bound PDF's front: its contents list the packs bound after it, not topics. */
    public boolean hasBound() {
      return !bound.isEmpty();
    }

    /** For the page's meta description. */
    public String summary() {
      return packTitle + " study pack: " + topicCount + " topics and " + questionCount
          + " questions, as a self-test sheet and with answers, ready to print.";
    }
  }

  /** A pack bound into a larger PDF, from page {@code firstPage} of it, for {@code pages} pages. */
  record BoundPart(String title, int firstPage, int pages) {}

  /** A category in the pack; {@code answersOnly} when none of its topics has a question. */
  record Part(String anchor, String title, boolean answersOnly, List<Topic> topics) {}

  record Topic(String anchor, String title, String summary, boolean answersOnly, List<Link> prerequisites,
      List<Note> notes, List<Question> questions) {
    public boolean hasPrerequisites() {
      return !prerequisites.isEmpty();
    }
  }

  record Note(String anchor, String titleHtml, String html, Source source) {}

  /** A question with its pack number; {@code bookmark} is the outline entry's plain text. */
  record Question(String anchor, int number, String promptHtml, String bookmark, List<String> phrasingsHtml,
      List<FollowUp> followUps, List<Answer> answers, List<FromSource> fromSources, List<Source> sources) {
    public boolean hasPhrasings() {
      return !phrasingsHtml.isEmpty();
    }

    public boolean hasFollowUps() {
      return !followUps.isEmpty();
    }

    public boolean hasAnswers() {
      return !answers.isEmpty();
    }

    /** Whether anything answers it: its own answer or a passage from elsewhere in the sources. */
    public boolean hasAnyAnswer() {
      return !answers.isEmpty() || !fromSources.isEmpty();
    }

    public boolean hasFromSources() {
      return !fromSources.isEmpty();
    }
  }

  /**
   * A passage from elsewhere in the sources that answers a question: its text ({@code html}, empty for a long
   * one, printed only by title), and {@code pageRef}, the anchor of where this document prints it, if it does.
   */
  record FromSource(String titleHtml, String html, String pageRef, Source source) {}

  record FollowUp(String label, String html) {}

  record Answer(String html, Source source) {}

  /** Where an item comes from: "001 · #12", "lines 30–45", and its source page when there is one to link. */
  record Source(String label, String lines, String href) {}

  record Link(String title, String href) {
    /** The layout's navigation reads {@code url}. */
    public String url() {
      return href;
    }
  }

  /** A PDF of a pack, for links: "Answers", its address, pages and size. */
  record Download(String label, String href, int pages, String size) {}

  /** The "Study packs" page. */
  record PacksPage(String intro, List<PackRow> packs) {}

  /**
   * @param ankiUrl the pack's Anki import file, and {@code studyUrl} the study page set to the pack; both are
   *     written by the study stage, which comes after this one
   */
  record PackRow(String title, String kind, String description, String htmlUrl, int topics, int questions,
      int notes, List<Download> downloads, String ankiUrl, String studyUrl) {
    /** False while serve lays the PDFs out after publishing the pages. */
    public boolean hasDownloads() {
      return !downloads.isEmpty();
    }
  }

  /** What {@code layout.mustache} reads, for the Study packs page. */
}
