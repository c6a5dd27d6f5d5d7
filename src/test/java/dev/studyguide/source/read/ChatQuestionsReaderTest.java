package dev.studyguide.source.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.model.Inline;
import dev.studyguide.model.Inline.Styled;
import dev.studyguide.model.Inline.Text;
import dev.studyguide.model.Inlines;
import dev.studyguide.model.Item;
import dev.studyguide.model.ItemIds;
import dev.studyguide.model.ItemKind;
import dev.studyguide.model.Skipped;
import dev.studyguide.model.SourceFormat;
import dev.studyguide.model.SourceReading;
import dev.studyguide.source.RealSources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat transcript 000, read as the build reads it; expectations come from reading the file. */
class ChatQuestionsReaderTest {
  private static final String FILE = "000_4990951e695175c5.txt";
  private static final String GROUP_1 = "Theoretical Math-Heavy Machine Learning Questions (With Follow-Ups)";
  private static final String BONUS = "Bonus: If You Want to Flex Math Muscles";
  private static final String GROUP_2 = "Advanced Math-Centric ML Interview Questions (With Follow-Ups)";
  private static final String HARDER = "Want to Go Harder?";
  private static final String GROUP_3 = "More Advanced Theoretical & Math-Heavy ML Questions (With Follow-Ups)";

  private static SourceReading reading;
  private static Map<String, Item> byLabel;

  @BeforeAll
  static void read() {
    reading = new ChatQuestionsReader().read(RealSources.load("000", SourceFormat.CHAT_QUESTIONS));
    byLabel = reading.items().stream().collect(Collectors.toMap(i -> i.source().label(), Function.identity()));
  }

  @Test
  void readsAllNumberedBonusAndHarderQuestionsWithoutComplaint() {
    assertThat(reading.items()).hasSize(120 + 12 + 5 + 5).allMatch(Item::isQuestion);
    assertThat(reading.diagnostics()).isEmpty();
  }

  @Test
  void countsQuestionsPerGroupHeading() {
    Map<List<String>, Long> perGroup = reading.items().stream()
        .collect(Collectors.groupingBy(Item::sectionPath, LinkedHashMap::new, Collectors.counting()));
    assertThat(perGroup).containsExactly(
        Map.entry(List.of(GROUP_1), 20L), Map.entry(List.of(BONUS), 5L), Map.entry(List.of(GROUP_2), 20L),
        Map.entry(List.of(HARDER), 5L), Map.entry(List.of(GROUP_3), 20L),
        // #61–#120 and the restarted twelve come in chat turns without a group heading.
        Map.entry(List.of(), 72L));
  }

  @Test
  void labelsFollowTheSourceNumberingAndRestartAsPartTwo() {
    List<String> expected = new ArrayList<>();
    IntStream.rangeClosed(1, 20).forEach(n -> expected.add("#" + n));
    IntStream.rangeClosed(1, 5).forEach(n -> expected.add("Bonus " + n));
    IntStream.rangeClosed(21, 40).forEach(n -> expected.add("#" + n));
    IntStream.rangeClosed(1, 5).forEach(n -> expected.add("Harder " + n));
    IntStream.rangeClosed(41, 120).forEach(n -> expected.add("#" + n));
    IntStream.rangeClosed(1, 12).forEach(n -> expected.add("Part 2 #" + n));
    assertThat(reading.items()).extracting(i -> i.source().label()).containsExactlyElementsOf(expected);
    assertThat(reading.items()).extracting(Item::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("q-[0-9a-f]{10}"));
  }

  @Test
  void readsTheFirstQuestion() {
    assertQuestion("#1", 11, 16, GROUP_1, "",
        "What is the bias-variance decomposition of expected error?",
        "Derive the formula for expected squared error.",
        "What assumptions are made in this decomposition?",
        "How does this help you choose model complexity?");
  }

  @Test
  void readsTheThreeKullbackLeiblerQuestionsAsSeparateItems() {
    assertQuestion("#4", 38, 43, GROUP_1, "",
        "Explain the Kullback-Leibler (KL) divergence.",
        "What does it mean when KL divergence is zero?",
        "Why is KL divergence asymmetric?",
        "How is it used in variational inference?");
    assertQuestion("#98", 933, 937, null, "",
        "What is the Kullback-Leibler (KL) divergence, and how is it used in machine learning?",
        "Derive the formula for KL divergence and explain how it measures the difference between two probability"
            + " distributions.",
        "How does the KL divergence relate to cross-entropy loss in classification tasks?",
        "In what contexts is KL divergence used for regularization (e.g., in Variational Inference)?");
    assertQuestion("#114", 1068, 1072, null, "",
        "What is Kullback-Leibler Divergence and how is it used in variational inference and KL regularization?",
        "Derive the formula for Kullback-Leibler Divergence and explain its role in measuring the distance between"
            + " probability distributions.",
        "How does KL regularization help in variational autoencoders (VAEs)?",
        "How would you modify the ELBO (Evidence Lower Bound) to incorporate KL divergence and improve the model's"
            + " generative capabilities?");
  }

  @Test
  void readsRepairedCharactersInPromptsAndFollowUps() {
    assertQuestion("#5", 47, 52, GROUP_1, "",
        "What is VC dimension? Why does it matter in learning theory?",
        "What is the VC dimension of a linear classifier in ℝ²?",
        "How does VC dimension relate to overfitting?",
        "What does it mean for a model to be “probably approximately correct” (PAC)?");
    assertQuestion("#25", 257, 262, GROUP_2, "",
        "What is the Cramér–Rao lower bound?",
        "How does it apply to unbiased estimators?",
        "Can you derive the inequality from first principles?",
        "When is the bound achieved?");
  }

  @Test
  void keepsEmphasisInsideAFollowUp() {
    assertQuestion("#32", 320, 325, GROUP_2, "",
        "What are the assumptions behind the Central Limit Theorem (CLT)?",
        "How does CLT justify the use of normal approximations in ML?",
        "How does the rate of convergence vary?",
        "When does CLT not hold?");
    assertThat(byLabel.get("#32").followUps().get(2)).containsExactly(new Text("When does CLT "),
        new Styled(Inline.Style.EMPHASIS, List.of(new Text("not"))), new Text(" hold?"));
  }

  @Test
  void readsAQuestionWhoseFollowUpsDirectlyFollowTheHeading() {
    assertQuestion("#61", 631, 635, null, "",
        "Explain the concept of overfitting and underfitting in machine learning.",
        "How do these issues relate to the bias-variance trade-off?",
        "What are the common techniques to address overfitting and underfitting (e.g., regularization,"
            + " cross-validation)?",
        "Can overfitting always be detected via training and testing accuracy? Explain why or why not.");
  }

  @Test
  void keepsBoldTermsNestedInsideTheBoldHeadingAsStrongInlines() {
    assertQuestion("#62", 639, 643, null, "",
        "Describe the difference between gradient descent and stochastic gradient descent (SGD).",
        "How do the update rules for gradient descent and SGD differ?",
        "What are the advantages and disadvantages of using SGD in terms of convergence speed and stability?",
        "When would you prefer to use mini-batch gradient descent over regular gradient descent or SGD?");
    assertThat(byLabel.get("#62").prompt()).containsExactly(
        new Text("Describe the difference between "), strong("gradient descent"), new Text(" and "),
        strong("stochastic gradient descent (SGD)"), new Text("."));
  }

  @Test
  void readsTheLastQuestionOfTheFirstNumbering() {
    assertQuestion("#120", 1116, 1120, null, "",
        "What is the Frechet Distance, and how does it relate to measuring the similarity between probability"
            + " distributions in machine learning?",
        "How does the Frechet distance generalize the concept of Earth Mover’s Distance (EMD), and how is it"
            + " computed between two distributions?",
        "Discuss its application in Generative Adversarial Networks (GANs) for measuring the distance between"
            + " generated and real data distributions.",
        "How does the Frechet Inception Distance (FID) serve as a metric for evaluating GANs in terms of perceptual"
            + " similarity?");
  }

  @Test
  void keepsTheTopicHeadingAsTitleAndTheRealQuestionAsPromptAfterTheRestart() {
    assertQuestion("Part 2 #1", 1129, 1137, null, "Theoretical Probability & Statistical Learning",
        "Explain maximum likelihood estimation (MLE). How is it used to estimate the parameters of a distribution"
            + " (e.g., Gaussian distribution)?",
        "Derive the likelihood function for a set of observations assuming the data follows a normal distribution."
            + " Show how to obtain the log-likelihood.",
        "How does the central limit theorem relate to the assumptions in MLE? Can MLE be applied when data does not"
            + " follow a normal distribution?",
        "Discuss the concept of bias-variance trade-off in the context of maximum likelihood estimation.");
    assertThat(byLabel.get("Part 2 #12").title()).isEqualTo("Regularization Techniques");
    assertThat(byLabel.get("Part 2 #12").source().toLine()).isEqualTo(1269);
  }

  @Test
  void readsBackslashParenthesesAsInlineTex() {
    List<Inline> prompt = byLabel.get("Part 2 #3").prompt();
    assertThat(prompt).startsWith(new Text("Given a dataset with "), new Inline.Math("n", 1156),
        new Text(" samples and "), new Inline.Math("d", 1156));
    assertThat(byLabel.get("Part 2 #3").title()).isEqualTo("Linear Algebra in Machine Learning");
  }

  @Test
  void readsBoldOneLinersUnderBonusAndHarderAsQuestions() {
    assertQuestion("Bonus 4", 198, 198, BONUS, "",
        "What is the determinant of a positive semi-definite matrix and why does it matter in Gaussian"
            + " distributions?");
    assertQuestion("Harder 3", 407, 407, HARDER, "", "Use variational methods to derive a lower bound.");
  }

  @Test
  void keepsEveryPromptAndFollowUpFreeOfChatterAndMarkup() {
    String[] chatter = {"Would you like", "would you like", "Let me know", "Let’s", "Here are",
        "Here’s", "I can", "I’ll", "Absolutely", "Certainly", "Nice", "Love your grind", "These questions",
        "Next Steps", "PDF", "quiz", "Follow-up", "Question:", "*", "`", "---", "🔹", "🧠"};
    for (Item item : reading.items()) {
      List<String> texts = new ArrayList<>(List.of(Inlines.plainText(item.prompt()), item.title()));
      item.followUps().forEach(f -> texts.add(Inlines.plainText(f)));
      for (String text : texts) {
        assertThat(text).as(item.source().label()).doesNotContain(chatter).isEqualTo(text.strip());
      }
      assertThat(Inlines.plainText(item.prompt())).as(item.source().label()).isNotBlank();
    }
  }

  @Test
  void skipsFillerAsChatterAndGroupHeadingsAsStructure() {
    assertThat(reasonOf(1)).isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(5)).isEqualTo(Skipped.Reason.DECORATION);
    assertThat(reasonOf(7)).isEqualTo(Skipped.Reason.STRUCTURE);
    assertThat(reasonOf(191)).isEqualTo(Skipped.Reason.STRUCTURE);
    assertThat(reasonOf(193)).as("Here are some more technical one-liners").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(203)).as("## Want to Go Deeper?").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(206)).as("offer of a study guide").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(401)).isEqualTo(Skipped.Reason.STRUCTURE);
    assertThat(reasonOf(413)).as("## ✅ Next Steps?").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(416)).as("offer of a study PDF").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(613)).as("## 📘 You’ve Now Got 100+").isEqualTo(Skipped.Reason.CHATTER);
    assertThat(reasonOf(1275)).isEqualTo(Skipped.Reason.CHATTER);
    assertThat(linesSkippedAs(Skipped.Reason.STRUCTURE)).containsExactly(7, 191, 217, 401, 429);
    assertThat(linesSkippedAs(Skipped.Reason.CHATTER)).containsExactly(1, 3, 193, 203, 205, 206, 207, 208, 210,
        213, 403, 413, 415, 416, 417, 418, 420, 422, 425, 613, 615, 617, 618, 619, 621, 623, 625, 627, 791, 793,
        957, 960, 1124, 1273, 1275);
    assertThat(linesSkippedAs(Skipped.Reason.DECORATION)).hasSize(144)
        .allMatch(line -> reading.document().line(line).equals("---"));
  }

  @Test
  void accountsForEveryNonBlankLineExactlyOnce() {
    Map<Integer, Integer> claims = new LinkedHashMap<>();
    reading.items().forEach(i -> claim(claims, i.source().fromLine(), i.source().toLine()));
    reading.skipped().forEach(s -> claim(claims, s.fromLine(), s.toLine()));
    reading.diagnostics().forEach(d -> claim(claims, d.line(), d.line()));
    List<Integer> nonBlank = IntStream.rangeClosed(1, reading.document().lines().size())
        .filter(line -> !reading.document().line(line).isBlank()).boxed().toList();
    assertThat(nonBlank).hasSize(878).allMatch(line -> claims.getOrDefault(line, 0) == 1);
  }

  @Test
  void readsTheSameWayEveryTime() {
    SourceReading again = new ChatQuestionsReader().read(RealSources.load("000", SourceFormat.CHAT_QUESTIONS));
    assertThat(again).isEqualTo(reading);
  }

  private static void assertQuestion(String label, int from, int to, String group, String title, String prompt,
      String... followUps) {
    Item item = byLabel.get(label);
    assertThat(item).as(label).isNotNull();
    assertThat(item.id()).isEqualTo(ItemIds.of(ItemKind.QUESTION, FILE, label));
    assertThat(item.kind()).isEqualTo(ItemKind.QUESTION);
    assertThat(item.source().file()).isEqualTo(FILE);
    assertThat(item.source().fromLine()).as(label + " from").isEqualTo(from);
    assertThat(item.source().toLine()).as(label + " to").isEqualTo(to);
    assertThat(item.sectionPath()).isEqualTo(group == null ? List.of() : List.of(group));
    assertThat(item.title()).isEqualTo(title);
    assertThat(Inlines.plainText(item.prompt())).isEqualTo(prompt);
    assertThat(item.followUps()).extracting(Inlines::plainText).containsExactly(followUps);
    assertThat(item.body()).isEmpty();
  }

  private static Styled strong(String text) {
    return new Styled(Inline.Style.STRONG, List.of(new Text(text)));
  }

  private static Skipped.Reason reasonOf(int line) {
    return reading.skipped().stream().filter(s -> s.fromLine() <= line && line <= s.toLine())
        .map(Skipped::reason).findFirst().orElse(null);
  }

  private static TreeSet<Integer> linesSkippedAs(Skipped.Reason reason) {
    TreeSet<Integer> lines = new TreeSet<>();
    reading.skipped().stream().filter(s -> s.reason() == reason).forEach(s -> IntStream
        .rangeClosed(s.fromLine(), s.toLine()).filter(l -> !reading.document().line(l).isBlank()).forEach(lines::add));
    return lines;
  }

  private static void claim(Map<Integer, Integer> claims, int from, int to) {
    IntStream.rangeClosed(from, to).filter(l -> !reading.document().line(l).isBlank())
        .forEach(l -> claims.merge(l, 1, Integer::sum));
  }
}
