package dev.studyguide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.studyguide.Folders;
import dev.studyguide.graph.TopicGraph;
import dev.studyguide.model.Corpus;
import dev.studyguide.site.SiteBuilds;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guide kept in the cache is the guide as read, and only ever the one of exactly this content and this tool:
 * an edited file, another tool, an unreadable or foreign cache file all mean reading the sources again.
 */
class GuideCacheTest {
  @TempDir Path tmp;
  Path content;
  Path cache;
  /** How often the sources were read (rather than taken from the cache). */
  int reads;

  @BeforeEach
  void copyTheRealContent() {
    content = Folders.copy(SiteBuilds.CONTENT, tmp.resolve("content"));
    cache = tmp.resolve("cache");
  }

  @Test
  void theSameContentComesBackFromTheCacheEqualToTheGuideAsRead() {
    List<Corpus> handed = new ArrayList<>();
    GuideCache.Loaded read = load("tool 1", handed::add);
    GuideCache.Loaded kept = load("tool 1", handed::add);

    assertThat(reads).isEqualTo(1);
    assertThat(read.kept()).isFalse();
    assertThat(kept.kept()).isTrue();
    assertThat(kept.guide().corpus()).isEqualTo(read.guide().corpus());
    assertThat(kept.guide().graph()).isEqualTo(read.guide().graph());
    assertThat(kept.guide().diagnostics()).isEqualTo(read.guide().diagnostics());
    assertThat(GraphJson.write(kept.guide().graph().orElseThrow()))
        .isEqualTo(GraphJson.write(read.guide().graph().orElseThrow()));
    assertThat(handed).as("the corpus is handed on either way, to start the math").hasSize(2);
  }

  @Test
  void anEditedFileOrAnotherToolMeansReadingAgain() throws IOException {
    load("tool 1", c -> { });
    Path topics = content.resolve("topics.yaml");
    Files.writeString(topics, Files.readString(topics) + "\n");
    load("tool 1", c -> { });
    load("tool 2", c -> { });
    load("tool 2", c -> { });

    assertThat(reads).isEqualTo(3);
  }

  @Test
  void aGuideWhoseContentWasEditedWhileItWasReadIsNotKept() throws IOException {
    Path topics = content.resolve("topics.yaml");
    String before = Files.readString(topics);
    String edited = before.replace("title: Covariance and correlation\n",
        "title: Covariance and correlation coefficients\n");
    new GuideCache(cache, "tool 1").load(content, (dir, handOn) -> {
      reads++;
      write(topics, edited); // saved by the editor after the build hashed the content, before it read it
      return new GuideLoader().load(dir, handOn);
    }, c -> { });
    write(topics, before); // and undone

    GuideCache.Loaded again = load("tool 1", c -> { });

    assertThat(again.kept()).isFalse();
    assertThat(GraphJson.write(again.guide().graph().orElseThrow()))
        .doesNotContain("Covariance and correlation coefficients");
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aGuideWithErrorsIsNotKept() throws IOException {
    Files.writeString(content.resolve("topics.yaml"), "topics: [not, a, taxonomy\n");
    GuideCache.Loaded first = load("tool 1", c -> { });
    load("tool 1", c -> { });

    assertThat(first.guide().hasErrors()).isTrue();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void anEditInASourcesFolderLinkedFromElsewhereMeansReadingAgain() throws IOException {
    Path elsewhere = Files.move(content.resolve("sources"), tmp.resolve("shared-sources"));
    Files.createSymbolicLink(content.resolve("sources"), elsewhere);
    load("tool 1", c -> { });
    Path chat = elsewhere.resolve("000_4990951e695175c5.txt");
    Files.writeString(chat, Files.readString(chat) + "\n");
    load("tool 1", c -> { });

    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aDamagedCacheFileIsAsGoodAsNone() throws IOException {
    load("tool 1", c -> { });
    Path file = cache.resolve("last.bin");
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    GuideCache.Loaded again = load("tool 1", c -> { });

    assertThat(again.kept()).isFalse();
    assertThat(again.guide().graph()).isPresent();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void aCacheFileWithTheRightKeyHoldingSomethingElseMeansReadingAgain() throws IOException {
    load("tool 1", c -> { });
    Path file = cache.resolve("last.bin");
    String key;
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      key = in.readUTF();
    }
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
      out.writeUTF(key); // the right key, then an object of a class the guide never holds
      new ObjectOutputStream(out).writeObject(URI.create("https://example.com/"));
    }

    assertThat(load("tool 1", c -> { }).kept()).isFalse();
    assertThat(reads).isEqualTo(2);
  }

  @Test
  void theCacheFileMakesOnlyTheGuidesOwnTypesAndTheJdksCollections() {
    assertThat(decision(Corpus.class)).isEqualTo(ObjectInputFilter.Status.ALLOWED);
    assertThat(decision(java.util.ArrayList.class)).isEqualTo(ObjectInputFilter.Status.ALLOWED);
    assertThat(decision(URI.class)).isEqualTo(ObjectInputFilter.Status.REJECTED);
    assertThat(decision(javax.management.BadAttributeValueExpException.class))
        .isEqualTo(ObjectInputFilter.Status.REJECTED);
  }

  private static ObjectInputFilter.Status decision(Class<?> c) {
    return GuideCache.ONLY_THE_GUIDE.checkInput(new ObjectInputFilter.FilterInfo() {
      public Class<?> serialClass() {
        return c;
      }

      public long arrayLength() {
        return -1;
      }

      public long depth() {
        return 1;
      }

      public long references() {
        return 1;
      }

      public long streamBytes() {
        return 100;
      }
    });
  }

  @Test
  void everyTypeAGuideCanHoldCanBeKept() {
    List<String> problems = new ArrayList<>();
    Set<Type> seen = new HashSet<>();
    for (Class<?> root : List.of(Corpus.class, TopicGraph.class, dev.studyguide.model.Diagnostic.class)) {
      walk(root, seen, problems);
    }
    assertThat(problems).isEmpty();
    assertThat(seen).hasSizeGreaterThan(40);
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private GuideCache.Loaded load(String tool, Consumer<Corpus> whenRead) {
    return new GuideCache(cache, tool).load(content, (dir, handOn) -> {
      reads++;
      return new GuideLoader().load(dir, handOn);
    }, whenRead);
  }

  /**
   * Every type reachable from {@code type} through record components, sealed interfaces' subtypes and the type
   * arguments of collections: records and interfaces must be Serializable, and Optional (which is not) may only
   * be held by a record that replaces itself when written.
   */
  private static void walk(Type type, Set<Type> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        walk(argument, seen, problems);
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (c.isPrimitive() || c == String.class || c.isEnum() || Number.class.isAssignableFrom(c)
        || c == Boolean.class || c == List.class || c == java.util.Map.class || c == Set.class) {
      return;
    }
    if (!Serializable.class.isAssignableFrom(c)) {
      problems.add(c.getName() + " is not Serializable");
    }
    if (c.isSealed()) {
      for (Class<?> sub : c.getPermittedSubclasses()) {
        walk(sub, seen, problems);
      }
    }
    if (c.isRecord()) {
      boolean replaced = hasWriteReplace(c);
      for (RecordComponent component : c.getRecordComponents()) {
        if (component.getType() == Optional.class) {
          if (!replaced) {
            problems.add(c.getName() + "." + component.getName() + " is an Optional, and " + c.getSimpleName()
                + " has no writeReplace");
          }
          walk(((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0], seen, problems);
        } else {
          walk(component.getGenericType(), seen, problems);
        }
      }
    }
  }

  private static boolean hasWriteReplace(Class<?> c) {
    try {
      c.getDeclaredMethod("writeReplace");
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
