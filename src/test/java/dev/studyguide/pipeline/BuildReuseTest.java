package dev.studyguide.pipeline;

import dev.studyguide.Folders;
import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.pack.BuildDate;
import dev.studyguide.site.SiteBuilds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build kept across edits (serve keeps one) reuses readings, placements and rendered pages from the build
 * before; what it publishes after an edit is byte for byte what a fresh build of the edited content publishes.
 */
class BuildReuseTest {
  static final String CHAT = "000_4990951e695175c5.txt";
  static final BuildDate DAY = new BuildDate(java.time.LocalDate.of(2026, 11, 21));

  @TempDir Path tmp;

  @Test
  void aRebuildAfterAnEditPublishesWhatAFreshBuildOfTheEditedContentPublishes() throws IOException {
    Path content = Folders.copy(SiteBuilds.CONTENT, tmp.resolve("content"));
    Build kept = new Build(line -> { }, DAY);
    assertThat(kept.run(options(content, "kept")).published()).isTrue();

    Path chat = content.resolve("sources").resolve(CHAT);
    Files.writeString(chat, Files.readString(chat).replace("Why does it matter in learning theory?",
        "Why does it matter in statistical learning theory?"));
    Build.Result rebuilt = kept.run(options(content, "kept"));
    Build.Result fresh = new Build(line -> { }, DAY).run(options(content, "fresh"));

    SiteTree keptSite = SiteTree.of(tmp.resolve("kept"));
    assertThat(keptSite.contentDifferences(SiteTree.of(tmp.resolve("fresh")))).isEmpty();
    assertThat(rebuilt.diagnostics()).containsExactlyElementsOf(fresh.diagnostics());
    assertThat(new String(keptSite.files().get("sources/" + CHAT.replace(".txt", ".html")).bytes(),
        java.nio.charset.StandardCharsets.UTF_8)).contains("statistical learning theory");
  }

  private Build.Options options(Path content, String out) {
    return new Build.Options(content, SiteBuilds.TEMPLATES, tmp.resolve(out), SiteBuilds.MATH_CACHE, "");
  }
}
