package dev.studyguide.preview;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and their subfolders) and calls back once per burst of changes: an editor's save often
 * writes several events, and one rebuild should answer them all.
 */
final class ContentWatcher implements AutoCloseable {
  private static final long QUIET_MILLIS = 30;

  private final WatchService service;
  private final Thread thread;

  ContentWatcher(List<Path> roots, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> dirs = Files.walk(root)) {
          for (Path dir : dirs.filter(Files::isDirectory).toList()) {
            dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
          }
        }
      }
    }
    this.thread = new Thread(() -> loop(onChange), "studyguide-watch");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        WatchKey key = service.take();
        drain(key);
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
