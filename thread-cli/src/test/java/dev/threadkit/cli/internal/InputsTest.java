package dev.threadkit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

  @TempDir
  Path temp;

  @Test
  void theSameFileGivenTwiceIsOneInputInItsFirstPlace() throws IOException {
    Path in = Files.createDirectories(temp.resolve("in"));
    Path a = Files.writeString(in.resolve("a.txt"), "A\n");
    Path b = Files.writeString(in.resolve("b.txt"), "B\n");
    String sameAsA = in + "/./a.txt";

    List<Input> inputs = Inputs.expand(List.of(b.toString(), a.toString(), sameAsA, in.toString(), b.toString()));

    assertThat(inputs).extracting(Input::label).containsExactly(b.toString(), a.toString());
  }
}
