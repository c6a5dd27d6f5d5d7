package dev.studyguide.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.studyguide.check.Programs;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The SM-2 scheduler of the study page (templates/assets/study-scheduler.js) under node's test runner: the
 * intervals after each grade, due dates, mastery, progress counts and merging of imported progress are specified
 * in src/test/js/study-scheduler.test.js. Skipped, with the reason, where node is not installed.
 */
class StudySchedulerTest {

  @Test
  void theSchedulerPassesItsNodeTests() throws Exception {
    assumeTrue(Programs.node().isPresent(), "node is not installed: the scheduler's JavaScript tests are skipped");
    Process node = new ProcessBuilder(Programs.node().get(), "--test", "src/test/js/study-scheduler.test.js")
        .redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    assertThat(output).contains("# pass 11").contains("# fail 0");
  }
}
