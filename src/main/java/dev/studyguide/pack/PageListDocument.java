package dev.studyguide.pack;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A new PDF document that finds a page by its number in constant time. PDFBox walks its page tree for every
 * {@link #getPage}, one kid at a time, and openhtmltopdf asks for the page of every internal link and outline
 * entry: a category's PDF of two thousand pages spent a twelfth of its layout threads' time there (JFR on a
 * 100x guide). openhtmltopdf adds every page through {@link #addPage}, so the list knows them all; once a page is
 * removed, or should one come another way, the list stops answering and PDFBox's walk answers again.
 */
final class PageListDocument extends PDDocument {
  private final List<PDPage> pages = new ArrayList<>();
  private boolean listed = true;

  @Override
  public void addPage(PDPage page) {
    super.addPage(page);
    pages.add(page);
  }

  @Override
  public PDPage getPage(int pageIndex) {
    return listed && pages.size() == getNumberOfPages() ? pages.get(pageIndex) : super.getPage(pageIndex);
  }

  @Override
  public void removePage(PDPage page) {
    listed = false;
    super.removePage(page);
  }

  @Override
  public void removePage(int pageIndex) {
    listed = false;
    super.removePage(pageIndex);
  }
}
