package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The names of per-dump document files: the id, shortened with a hash when too long for a file system. */
class DocumentFileNameTest {

  private static int bytes(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void aShortIdIsTheFileName() {
    assertThat(DocumentFileNames.fileName("000_599c788b2f42df5e", "json")).isEqualTo("000_599c788b2f42df5e.json");
  }

  @Test
  void aNameOfExactly200BytesIsKept() {
    String id = "x".repeat(195);

    assertThat(DocumentFileNames.fileName(id, "json")).isEqualTo(id + ".json");
  }

  @Test
  void aLongMultiByteIdIsCutAtACharacterAndGetsAHashOfTheWholeId() {
    String id = "д".repeat(124); // 248 bytes: with .graphml past the 255 a file system allows

    String name = DocumentFileNames.fileName(id, "graphml");

    assertThat(bytes(name)).isLessThanOrEqualTo(200);
    assertThat(name).matches("д+~[0-9a-f]{10}\\.graphml");
    assertThat(bytes(name)).isGreaterThan(200 - 2); // as much of the id as fits
  }

  @Test
  void longIdsThatDifferOnlyAfterTheCutKeepDistinctNames() {
    String start = "a".repeat(300);

    assertThat(DocumentFileNames.fileName(start + "1", "md")).isNotEqualTo(DocumentFileNames.fileName(start + "2", "md"));
  }

  @Test
  void aCharacterOutsideTheBmpIsNeverSplit() {
    String id = "😀".repeat(100); // 4 bytes and 2 chars each

    String name = DocumentFileNames.fileName(id, "txt");

    assertThat(bytes(name)).isLessThanOrEqualTo(200);
    assertThat(new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(name);
    assertThat(name).matches("(😀)+~[0-9a-f]{10}\\.txt");
  }
}
