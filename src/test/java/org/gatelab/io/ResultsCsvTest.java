package org.gatelab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
    @TempDir
    Path dir;

    @Test
    void writesOneQuotedRowPerCheck() throws IOException {
        Path file = dir.resolve("results.csv");
        ResultsCsv.write(file, List.of(
                new ResultsCsv.Row("04-lstm", 2, 1, "What is f at t = 5?", "0.5", true, 1, false, 12.44),
                new ResultsCsv.Row("04-lstm", 3, 1, "Which gate, \"f\" or i?", "the forget gate, f", false, 3, false,
                        Double.NaN),
                new ResultsCsv.Row("04-lstm", 3, 2, "A question\nover two lines", "", null, 0, true, 4)));
        assertEquals("""
                lesson,check,question,first_answer,correct,attempts,skipped,seconds\r
                04-lstm,2.1,What is f at t = 5?,0.5,true,1,false,12.4\r
                04-lstm,3.1,"Which gate, ""f"" or i?","the forget gate, f",false,3,false,\r
                04-lstm,3.2,"A question
                over two lines",,,0,true,4.0\r
                """, Files.readString(file));
    }
}
