package dev.studyguide.preview;

import dev.studyguide.model.Diagnostic;
import dev.studyguide.pack.PackOutput;
import dev.studyguide.pipeline.Build;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code studyguide serve}: build, serve, and rebuild on every change to content or templates. One build is kept
 * from edit to edit, so a rebuild redoes only what the edit changed; the edited pages go up first and the open
 * page reloads, then the rest of the site, then the PDFs the edit changed. A failed rebuild leaves the last good
 * site in place and shows its error in the terminal and on the open page; the next good edit recovers without a
 * restart.
 */
public final class Preview implements AutoCloseable {
  private static final long RELOAD_WAIT = 500;

  private final Build.Options options;
  private final Consumer<String> log;
  private final Build build;
  private volatile BuildState state = new BuildState(0, "");
  /** Counts rebuilds, so PDFs laid out for an older edit do not trigger a rebuild of their own. */
  private long edits;
  private boolean closed;
  /** Counts page (re)loads the server has seen; guarded by itself. */
  private final Object reloads = new Object();
  private long pageLoads;
  private final ExecutorService pdfWorker = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "studyguide-pdfs");
    thread.setDaemon(true);
    return thread;
  });
  private PreviewServer server;
  private ContentWatcher watcher;

  public Preview(Build.Options options, Consumer<String> log) {
    this.options = options;
    this.log = log;
    this.build = new Build(line -> { });
  }

  /** Builds once, then serves on 127.0.0.1:{@code port} and watches; returns the address. */
  public String start(int port) throws IOException {
    rebuild();
    server = PreviewServer.start(options.out(), port, () -> state, reloadScript(), this::pageLoaded);
    watcher = new ContentWatcher(List.of(options.content(), options.templates()), this::rebuild);
    return server.url();
  }

  BuildState state() {
    return state;
  }

  /** Waits until the PDFs left for later are laid out and published (tests start from a quiet preview). */
  void awaitQuiet() throws InterruptedException, java.util.concurrent.ExecutionException {
    pdfWorker.submit(() -> { }).get();
  }

  /** After an edit: publish the pages at once, leaving PDFs the edit changed to be laid out afterwards. */
  void rebuild() {
    rebuild(PackOutput.Pdfs.LATER);
  }

  private synchronized void rebuild(PackOutput.Pdfs pdfs) {
    long start = System.nanoTime();
    long edit = ++edits;
    long[] pagesAt = {0};
    String error;
    String note = "";
    try {
      // After an edit the pages go up first and the page reloads then; the whole site follows with the same pages.
      Build.Result result = pdfs == PackOutput.Pdfs.LATER
          ? build.runPagesFirst(options, () -> {
            pagesAt[0] = System.nanoTime();
            long loads = pageLoadsSoFar();
            state = new BuildState(state.version() + 1, "");
            awaitReload(loads);
          })
          : build.run(options, pdfs);
      error = result.published() ? "" : errors(result.diagnostics());
      if (result.later().isPresent()) {
        layOutThenPublish(result.later().get(), edit);
        note = " (the PDFs it changed follow)";
      }
    } catch (IOException | RuntimeException e) {
      // A template or output problem: the last good site stays, the message shows until the next good edit.
      error = "build failed: " + e.getMessage();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (error.isEmpty()) {
      if (pagesAt[0] == 0) {
        state = new BuildState(state.version() + 1, "");
      }
      String pages = pagesAt[0] == 0 ? "" : "pages in " + (pagesAt[0] - start) / 1_000_000 + " ms, ";
      log.accept("rebuilt: " + pages + "whole site in " + millis + " ms" + note);
    } else {
      state = new BuildState(state.version(), error);
      log.accept(error + "\n(serving the last good site)");
    }
  }

  private long pageLoadsSoFar() {
    synchronized (reloads) {
      return pageLoads;
    }
  }

  /** An open page has (re)loaded. */
  private void pageLoaded() {
    synchronized (reloads) {
      pageLoads++;
      reloads.notifyAll();
    }
  }

  /**
   * Gives the open page the machine while it reloads (its first request comes back), at most {@link #RELOAD_WAIT}
   * ms, before the rest of the site is built on both cores: the editor is looking at the page.
   */
  private void awaitReload(long loadsBefore) {
    long deadline = System.nanoTime() + RELOAD_WAIT * 1_000_000L;
    synchronized (reloads) {
      long left;
      while (pageLoads == loadsBefore && (left = deadline - System.nanoTime()) > 0) {
        try {
          reloads.wait(Math.max(1, left / 1_000_000L));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Lays out the PDFs a rebuild left for later, then builds again to publish them, unless another edit came
   * meanwhile (its own rebuild publishes them, or leaves its own PDFs for later).
   */
  private void layOutThenPublish(Runnable later, long edit) {
    pdfWorker.execute(() -> {
      later.run();
      synchronized (this) {
        if (edits == edit && !closed) {
          rebuild(PackOutput.Pdfs.NOW);
        }
      }
    });
  }

  private static String errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(Diagnostic::isError).map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  private static String reloadScript() {
    try (InputStream in = Preview.class.getResourceAsStream("reload.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reload.js is part of the jar", e);
    }
  }

  /** Stops watching and serving, after the rebuild under way (and any PDFs being laid out) has finished. */
  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    pdfWorker.shutdown();
    try {
      pdfWorker.awaitTermination(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      closed = true;
    }
    if (server != null) {
      server.close();
    }
  }
}
