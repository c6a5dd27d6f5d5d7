package dev.studyguide.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageListDocumentTest {

  @Test
  void findsEveryPageByItsNumberAsThePageTreeDoes() throws IOException {
    try (PageListDocument document = new PageListDocument()) {
      for (int i = 0; i < 50; i++) {
        document.addPage(new PDPage(new PDRectangle(100 + i, 100)));
      }
      for (int i = 0; i < 50; i++) {
        assertThat(document.getPage(i).getCOSObject())
            .isSameAs(document.getPages().get(i).getCOSObject());
      }
    }
  }

  @Test
  void afterAPageIsRemovedTheRestAreStillFoundByTheirNumbers() throws IOException {
    try (PageListDocument document = new PageListDocument()) {
      for (int i = 0; i < 5; i++) {
        document.addPage(new PDPage(new PDRectangle(100 + i, 100)));
      }
      document.removePage(1);
      document.addPage(new PDPage(new PDRectangle(200, 100)));
      assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(102);
      assertThat(document.getPage(4).getMediaBox().getWidth()).isEqualTo(200);
    }
  }
}
