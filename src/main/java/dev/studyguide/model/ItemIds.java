package dev.studyguide.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable ids: a short hash of provenance, so adding a document or moving an item never renames another. */
public final class ItemIds {
  private ItemIds() {}

  /** {@code q-} or {@code n-} followed by 10 hex digits of SHA-256 over the file name and the source label. */
  public static String of(ItemKind kind, String file, String label) {
    String prefix = kind == ItemKind.QUESTION ? "q-" : "n-";
    return prefix + hash(file + "\n" + label).substring(0, 10);
  }

  public static String hash(String text) {
    MessageDigest digest;
    try {
      digest = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
    }
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Looked up once: asking the providers again for every id is a measurable part of reading the sources cold. */
  private static final MessageDigest SHA_256 = sha256();

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
