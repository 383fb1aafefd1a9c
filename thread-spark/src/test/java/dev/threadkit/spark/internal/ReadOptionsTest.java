package dev.threadkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threadkit.spark.internal.ReadOptions.RowKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadOptionsTest {

  @Test
  void defaultsAreCommentRowsPermissiveLenientTxt() {
    ReadOptions options = ReadOptions.of(Map.of("path", "dumps"));

    assertThat(options.paths()).containsExactly("dumps");
    assertThat(options.rows()).isEqualTo(RowKind.COMMENTS);
    assertThat(options.failFast()).isFalse();
    assertThat(options.parser().isStrict()).isFalse();
    assertThat(options.extension()).isEqualTo("txt");
  }

  @Test
  void namesAreCaseInsensitiveAndSeveralPathsComeAsJson() {
    ReadOptions options = ReadOptions.of(Map.of(
        "paths", "[\"a/\",\"b/*.txt\"]", "ROWS", "Discussions", "Mode", "failfast", "STRICT", "true",
        "fileExtension", ".dump", "fs.s3a.Endpoint", "http://x"));

    assertThat(options.paths()).containsExactly("a/", "b/*.txt");
    assertThat(options.rows()).isEqualTo(RowKind.DISCUSSIONS);
    assertThat(options.failFast()).isTrue();
    assertThat(options.parser().isStrict()).isTrue();
    assertThat(options.extension()).isEqualTo("dump");
    assertThat(options.hadoopOptions()).containsExactly(Map.entry("fs.s3a.Endpoint", "http://x"));
  }

  @Test
  void badValuesAreRefusedNamingTheOption() {
    assertThatThrownBy(() -> ReadOptions.of(Map.of("strict", "maybe"))).hasMessageContaining("strict");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("mode", "DROPMALFORMED"))).hasMessageContaining("mode");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("rows", "authors"))).hasMessageContaining("rows");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("maxPartitionBytes", "big"))).hasMessageContaining("maxpartitionbytes");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("maxPartitionBytes", "0"))).hasMessageContaining("maxPartitionBytes");
    assertThatThrownBy(() -> ReadOptions.of(Map.of("paths", "a,b"))).hasMessageContaining("paths");
  }
}
