package dev.studyguide.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder is replaced whole or not at all, only when a build wrote it, and a killed build's leftovers
 * (named by its process id) are cleaned up by the next build, which also gets back a site the killed build had
 * moved aside.
 */
class OutputFolderTest {
  @TempDir Path tmp;

  @Test
  void replacesTheSiteWholeAndLeavesNothingBesideIt() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, "first");
    publish(site, "second");

    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("second");
    assertThat(names(tmp)).containsExactly("site");
  }

  @Test
  void thePublishedSiteIsAsReadableAsAnyFolderNotPrivate() throws IOException {
    Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path site = tmp.resolve("site");
    publish(site, "page");

    assertThat(Files.getPosixFilePermissions(site)).containsAll(
        Files.getPosixFilePermissions(Files.createDirectory(tmp.resolve("plain"))));
    assertThat(Files.getPosixFilePermissions(site)).contains(PosixFilePermission.OWNER_READ);
  }

  @Test
  void removesWhatKilledBuildsLeftButNotWhatARunningBuildIsWriting() throws Exception {
    Path site = tmp.resolve("site");
    publish(site, "page");
    long dead = deadProcessId();
    long running = ProcessHandle.current().pid();
    Files.createDirectories(tmp.resolve(".site.building-" + dead + "-abc").resolve("topics"));
    Files.createDirectories(tmp.resolve(".site.old-" + dead + "-abc"));
    Files.createDirectories(tmp.resolve(".site.building-" + running + "-xyz"));
    Files.createDirectories(tmp.resolve(".other.building-" + dead + "-abc"));

    publish(site, "again");

    assertThat(names(tmp)).containsExactly(".other.building-" + dead + "-abc", ".site.building-" + running + "-xyz",
        "site");
  }

  @Test
  void getsBackTheSiteABuildKilledBetweenItsTwoRenamesHadMovedAside() throws Exception {
    Path site = tmp.resolve("site");
    Path aside = Files.createDirectories(tmp.resolve(".site.old-" + deadProcessId() + "-abc"));
    Files.writeString(aside.resolve("index.html"), "the published site");

    try (OutputFolder out = OutputFolder.beside(site)) {
      out.write("index.html", "a build that fails before it commits");
    }

    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("the published site");
    assertThat(names(tmp)).containsExactly("site");
  }

  @Test
  void pagesGetTheirFormulasMarkupAndOtherFilesKeepTheirTextAsItIs() throws IOException {
    Path site = tmp.resolve("site");
    FormulaRefs formulas = new FormulaRefs(List.of("<span class=\"katex\">x</span>"));
    String ref = FormulaRefs.ref(0);
    try (OutputFolder out = OutputFolder.beside(site, formulas)) {
      out.write("index.html", "<p>" + ref + "</p>");
      out.write("topics/a.html", writer -> writer.write("<p>" + ref + "</p>"));
      // a document's own words in JSON, where "<" is not escaped: never read as a reference
      out.write("search/d/0.js", "[\"see " + ref + " and <!--math:7-->\"]");
      out.write("anki/guide.txt", writer -> writer.write("<!--math:7-->"));
      out.write("search/index.js", "[]");
      out.commit();
    }
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("<p><span class=\"katex\">x</span></p>");
    assertThat(Files.readString(site.resolve("topics/a.html"))).isEqualTo("<p><span class=\"katex\">x</span></p>");
    assertThat(Files.readString(site.resolve("search/d/0.js"))).isEqualTo("[\"see " + ref + " and <!--math:7-->\"]");
    assertThat(Files.readString(site.resolve("anki/guide.txt"))).isEqualTo("<!--math:7-->");
  }

  @Test
  void neverReplacesAFileOrAFolderOfOtherFiles() throws IOException {
    Path file = Files.writeString(tmp.resolve("notes.txt"), "mine");
    Path folder = Files.createDirectories(tmp.resolve("content"));
    Files.writeString(folder.resolve("guide.yaml"), "title: mine");

    assertThatThrownBy(() -> OutputFolder.beside(file)).isInstanceOf(OutputFolder.Unwritable.class)
        .hasMessage(file + " is a file, and a build replaces its output folder whole (choose a new folder, or an "
            + "earlier build's, for the output)");
    assertThatThrownBy(() -> OutputFolder.beside(folder)).isInstanceOf(OutputFolder.Unwritable.class)
        .hasMessageStartingWith(folder + " holds files no build wrote");
    assertThatThrownBy(() -> OutputFolder.beside(tmp.getRoot())).isInstanceOf(OutputFolder.Unwritable.class)
        .hasMessageStartingWith(tmp.getRoot() + " is the root of the file system");
    assertThat(Files.readString(file)).isEqualTo("mine");
    assertThat(names(tmp)).containsExactly("content", "notes.txt");
  }

  @Test
  void replacesAnEmptyFolder() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("site"));
    publish(site, "page");
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("page");
  }

  @Test
  void aStreamedFileOverAPublishedOneKeepsItsLinkWhenEqualAndNeverWritesThroughIt() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, "page");
    Files.writeString(site.resolve("cards.js"), "same");
    Files.writeString(site.resolve("notes.js"), "old");

    try (OutputFolder out = OutputFolder.beside(site)) {
      out.startFromPublished();
      out.write("cards.js", writer -> writer.write("same"));
      out.write("notes.js", writer -> writer.write("new"));
      out.write("new/index.js", writer -> writer.write("fresh"));

      assertThat(Files.isSameFile(out.dir().resolve("cards.js"), site.resolve("cards.js"))).isTrue();
      assertThat(Files.readString(site.resolve("notes.js"))).isEqualTo("old");
      assertThat(names(out.dir())).containsExactly("cards.js", "index.html", "new", "notes.js", "search");
      out.commit();
    }
    assertThat(Files.readString(site.resolve("notes.js"))).isEqualTo("new");
    assertThat(Files.readString(site.resolve("new/index.js"))).isEqualTo("fresh");
  }

  @Test
  void aRebuildKeepsThePublishedFilesThatSayTheSameAndWritesTheOthers() throws IOException {
    Path site = tmp.resolve("site");
    publish(site, "page");
    Object search = Files.readAttributes(site.resolve("search/index.js"), BasicFileAttributes.class).fileKey();
    Object home = Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class).fileKey();

    publish(site, "new page");

    assertThat(Files.readAttributes(site.resolve("search/index.js"), BasicFileAttributes.class).fileKey())
        .as("the same file, kept").isEqualTo(search);
    assertThat(Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class).fileKey())
        .as("written anew").isNotEqualTo(home);
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("new page");
    assertThat(names(tmp)).containsExactly("site");
  }

  /** A site as far as the output folder can tell: a home page and the search index. */
  private static void publish(Path site, String home) throws IOException {
    try (OutputFolder out = OutputFolder.beside(site)) {
      out.write("index.html", home);
      out.write("search/index.js", "");
      out.commit();
    }
  }

  private static long deadProcessId() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();
    return process.pid();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
