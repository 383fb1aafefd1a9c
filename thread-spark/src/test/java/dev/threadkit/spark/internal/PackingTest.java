package dev.threadkit.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackingTest {

  private static List<FileEntry> files(int count, long length) {
    List<FileEntry> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(new FileEntry(String.format("file:/dumps/%05d.txt", i), length));
    }
    return files;
  }

  private static List<FileEntry> flatten(List<DumpPartition> partitions) {
    List<FileEntry> out = new ArrayList<>();
    partitions.forEach(p -> out.addAll(p.files()));
    return out;
  }

  @Test
  void tenThousandSmallDumpsMakeABoundedNumberOfPartitionsWithSparksDefaults() {
    List<FileEntry> files = files(10_000, 3_000);
    long maxBytes = 128L << 20;
    long openCost = 4L << 20;
    List<DumpPartition> partitions = Packing.pack(files, maxBytes, openCost, 2);

    long totalCost = 10_000L * (3_000 + openCost);
    long target = Packing.target(totalCost, maxBytes, openCost, 2);
    assertThat(target).isEqualTo(maxBytes);
    assertThat(partitions).hasSizeLessThanOrEqualTo((int) (2 * totalCost / target + 1));
    assertThat(partitions).hasSizeLessThanOrEqualTo(350); // 10,000 files, ~32 a partition
    assertThat(flatten(partitions)).containsExactlyElementsOf(files);
  }

  @Test
  void withoutAnOpeningCostSmallDumpsFillPartitionsByBytes() {
    List<FileEntry> files = files(10_000, 3_000);
    List<DumpPartition> partitions = Packing.pack(files, 1L << 20, 0, 2);

    // 30 MB of dumps in partitions of at most 1 MB: 29 to 30 of them, never 10,000.
    assertThat(partitions).hasSizeBetween(29, 31);
    assertThat(partitions).allSatisfy(p -> assertThat(p.bytes()).isLessThanOrEqualTo(1L << 20));
    assertThat(flatten(partitions)).containsExactlyElementsOf(files);
    for (int i = 0; i < partitions.size(); i++) {
      assertThat(partitions.get(i).index()).isEqualTo(i);
    }
  }

  @Test
  void aSmallReadIsSpreadOverTheMinimumNumberOfPartitions() {
    List<DumpPartition> partitions = Packing.pack(files(8, 1_000), 128L << 20, 0, 4);

    assertThat(partitions).hasSize(4);
    assertThat(partitions).allSatisfy(p -> assertThat(p.files()).hasSize(2));
  }

  @Test
  void aDumpLargerThanThePartitionSizeIsNeverSplitAndTakesAPartitionOfItsOwn() {
    List<FileEntry> files = List.of(
        new FileEntry("a", 100), new FileEntry("b", 5_000), new FileEntry("c", 100), new FileEntry("d", 100));
    List<DumpPartition> partitions = Packing.pack(files, 1_000, 0, 1);

    assertThat(partitions).extracting(p -> p.files().stream().map(FileEntry::path).toList())
        .containsExactly(List.of("a"), List.of("b"), List.of("c", "d"));
  }

  @Test
  void noFilesNoPartitionsAndBadSizesAreRefused() {
    assertThat(Packing.pack(List.of(), 1_000, 0, 2)).isEmpty();
    assertThatThrownBy(() -> Packing.pack(files(1, 1), 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Packing.pack(files(1, 1), 1, -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
