package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole guide's PDFs, on the real guide: bound from the category packs' PDFs behind a front whose contents
 * give the page each category starts on, instead of laid out a second time.
 */
class BoundGuidePdfTest {
  private static final Pattern CONTENTS_LINE = Pattern.compile("(?m)^(.+?) \\((\\d+) pages\\)[ .]*?(\\d+)\\s*$");
  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = SiteBuilds.real();
  }

  @Test
  void theWholeGuideIsItsFrontThenEveryCategoryPackPageForPage() throws IOException {
    for (Variant variant : Variant.values()) {
      try (PDDocument guide = load("guide", variant)) {
        List<Entry> contents = contents(guide);
        assertThat(contents).as(variant + " contents").hasSizeGreaterThan(5);
        for (Entry entry : contents) {
          try (PDDocument category = load(entry.packId(), variant)) {
            assertThat(category.getNumberOfPages()).as(entry.title()).isEqualTo(entry.pages());
            int last = entry.firstPage() + entry.pages() - 1;
            assertThat(text(guide, entry.firstPage(), last)).as(entry.title())
                .isEqualTo(text(category, 1, entry.pages()));
          }
        }
        Entry last = contents.get(contents.size() - 1);
        assertThat(guide.getNumberOfPages()).isEqualTo(last.firstPage() + last.pages() - 1);
      }
    }
  }

  @Test
  void theOutlineHasEachCategoryLeadingToItsFirstTopicInTheBoundPages() throws IOException {
    try (PDDocument guide = load("guide", Variant.ANSWERS)) {
      List<String> titles = new ArrayList<>();
      for (PDOutlineItem item : guide.getDocumentCatalog().getDocumentOutline().children()) {
        titles.add(item.getTitle());
        assertThat(guide.getPages().indexOf(item.findDestinationPage(guide))).as(item.getTitle()).isPositive();
      }
      assertThat(titles).containsSubsequence("Probability & Statistics", "Linear Algebra", "Deep Learning");
    }
  }

  @Test
  void itKeepsTheWholeGuidesTitle() throws IOException {
    try (PDDocument guide = load("guide", Variant.QUESTIONS)) {
      assertThat(guide.getDocumentInformation().getTitle()).startsWith("The whole guide study pack · Questions");
    }
  }

  /** A line of the front's contents: a category, its pages, the page it starts on. */
  private record Entry(String title, int pages, int firstPage) {
    String packId() {
      return SiteBuilds.realGraph().taxonomy().categories().stream().filter(c -> c.title().equals(title))
          .findFirst().orElseThrow().id();
    }
  }

  private static List<Entry> contents(PDDocument guide) throws IOException {
    List<Entry> entries = new ArrayList<>();
    Matcher line = CONTENTS_LINE.matcher(text(guide, 1, 2));
    while (line.find()) {
      entries.add(new Entry(line.group(1).strip(), Integer.parseInt(line.group(2)), Integer.parseInt(line.group(3))));
    }
    return entries;
  }

  private static PDDocument load(String pack, Variant variant) throws IOException {
    return Loader.loadPDF(Files.readAllBytes(site.root().resolve("packs/" + pack + "-" + variant.slug() + ".pdf")));
  }

  private static String text(PDDocument pdf, int from, int to) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    stripper.setStartPage(from);
    stripper.setEndPage(to);
    return stripper.getText(pdf);
  }
}
