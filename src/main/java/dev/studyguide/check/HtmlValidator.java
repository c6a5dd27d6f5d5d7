package dev.studyguide.check;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C validator's engine) in process: set up once with the HTML schema bundled in its
 * jar (a few seconds), then each page is parsed and validated in milliseconds. Its errors are errors of the page;
 * its warnings and notes are warnings (but see {@link PrivateUseGlyphs}). The checker recurses deeply through the schema (its own docs ask for a big
 * -Xss), so it runs on a thread of its own with a large stack, whatever the JVM was started with.
 */
public final class HtmlValidator implements AutoCloseable {
  private static final long STACK_BYTES = 512L << 20;

  /** The schema the W3C service and vnu.jar use for HTML documents, resolved from the jar, never fetched. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private static HtmlValidator shared;

  private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(null, task, "nu-html-checker", STACK_BYTES);
    t.setDaemon(true);
    return t;
  });
  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  public HtmlValidator() throws SAXException {
    quietLogging();
    validator = onOwnThread(() -> {
      // no stream parsing, no language detection (pages declare lang; detection is slow).
      SimpleDocumentValidator v = new SimpleDocumentValidator(true, false, false);
      v.setUpMainSchema(HTML_SCHEMA, collector);
      v.setUpValidatorAndParsers(collector, true, false);
      return v;
    });
  }

  /** One checker for the whole process: its set-up (the schema) costs seconds, checking a page milliseconds. */
  public static synchronized HtmlValidator shared() throws SAXException {
    if (shared == null) {
      shared = new HtmlValidator();
    }
    return shared;
  }

  /** The checker's messages about one page, positioned at its lines. */
  public synchronized List<Finding> validate(String page, String html) {
    collector.start(page);
    InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    in.setSystemId(page);
    in.setEncoding("UTF-8");
    try {
      onOwnThread(() -> {
        validator.checkHtmlInputSource(in);
        return null;
      });
    } catch (SAXException e) {
      collector.found.add(Finding.error(Finding.Area.HTML, page, 0, "the checker stopped: " + e.getMessage(), ""));
    }
    return List.copyOf(collector.found);
  }

  private <T> T onOwnThread(Callable<T> work) throws SAXException {
    try {
      return thread.submit(work).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SAXException sax) {
        throw sax;
      }
      throw new SAXException("the Nu Html Checker failed: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SAXException("interrupted", e);
    }
  }

  /** The checker logs through log4j 1.2; unconfigured, log4j prints warnings about itself on every run. */
  private static void quietLogging() {
    org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
    if (!root.getAllAppenders().hasMoreElements()) {
      root.addAppender(new org.apache.log4j.varia.NullAppender());
      root.setLevel(org.apache.log4j.Level.OFF);
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }

  private static final class Collector implements ErrorHandler {
    private String page = "";
    private final List<Finding> found = new ArrayList<>();

    void start(String page) {
      this.page = page;
      found.clear();
    }

    @Override
    public void warning(SAXParseException e) {
      found.add(Finding.warning(Finding.Area.HTML, page, Math.max(e.getLineNumber(), 0), message(e), HINT));
    }

    @Override
    public void error(SAXParseException e) {
      found.add(Finding.error(Finding.Area.HTML, page, Math.max(e.getLineNumber(), 0), message(e), HINT));
    }

    @Override
    public void fatalError(SAXParseException e) {
      error(e);
    }

    private static String message(SAXParseException e) {
      return e.getMessage() + (e.getColumnNumber() > 0 ? " (column " + e.getColumnNumber() + ")" : "");
    }

    private static final String HINT = "fix the template (templates/) or the markup the renderer writes";
  }
}
