package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.check.BuiltSite;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pictures and disclosures of a guide written with HTML in its markdown (fixtures/markdown-html/guide), on paper:
 * the local picture is embedded in the PDF, a remote one is its alt text and address, a disclosure prints open.
 */
class PackImagesTest {
  static BuiltSite site;

  @BeforeAll
  static void build() {
    site = SiteBuilds.markdownAsWritten();
  }

  @Test
  void theLocalPictureIsEmbeddedInTheAnswersPdfAtItsOwnSize() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(site.root().resolve("packs/probability-answers.pdf").toFile())) {
      List<int[]> sizes = new ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        for (COSName name : page.getResources().getXObjectNames()) {
          if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
            sizes.add(new int[] {image.getWidth(), image.getHeight()});
          }
        }
      }
      assertThat(sizes).containsExactly(new int[] {240, 120});
    }
  }

  @Test
  void aRemotePictureIsItsAltTextAndAddressAndADisclosurePrintsOpen() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(site.root().resolve("packs/optimization-answers.pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(pdf).replaceAll("\\s+", " ");

      assertThat(text).contains("IMAGE: descent path on a contour plot (https://example.org/descent.png)",
          "Why must the step size be small?", "can overshoot");
    }
  }

  @Test
  void thePrintReadyPageShowsTheSitesCopyOfThePicture() {
    assertThat(site.page("packs/probability.html").select("img.picture").eachAttr("src"))
        .singleElement().asString().matches("\\.\\./images/[0-9a-f]{16}\\.png");
  }
}
