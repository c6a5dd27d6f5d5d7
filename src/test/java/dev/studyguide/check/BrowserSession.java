package dev.studyguide.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a browser test class: started before the class where the machine has Chromium,
 * every test skipped with that reason where it has not, a test failed when a page script threw during it, and
 * closed after the class. Register it as a static field,
 * {@code @RegisterExtension static final BrowserSession BROWSER = new BrowserSession(1280, 900);}; its callbacks
 * run before the class's own {@code @BeforeAll} and {@code @BeforeEach} methods.
 */
public final class BrowserSession implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback {
  private final int width;
  private final int height;
  private Chromium chromium;

  public BrowserSession(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** The browser, or empty where Chromium is not installed (the tests are then skipped). */
  public Optional<Chromium> chromium() {
    return Optional.ofNullable(chromium);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if (Programs.chromium().isPresent()) {
      chromium = Chromium.start(Programs.chromium().get(), width, height);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    assumeTrue(chromium != null, "chromium is not installed: the browser tests are skipped");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (chromium != null) {
      assertThat(chromium.exceptions).isEmpty();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (chromium != null) {
      chromium.close();
    }
  }
}
