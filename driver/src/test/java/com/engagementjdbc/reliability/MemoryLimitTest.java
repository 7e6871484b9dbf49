package com.engagementjdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.engagementjdbc.Db;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query larger than the heap stops with 53200 and leaves the connection and the JVM working. */
class MemoryLimitTest {
  @TempDir Path dir;

  /** A query that needs far more than the heap (9 million joined rows held by a sort), then a small one. */
  private List<String> runHog(String heap, String properties) throws Exception {
    StringBuilder csv = new StringBuilder("id,label\n");
    for (int i = 0; i < 3000; i++) {
      csv.append(i).append(",label number ").append(i).append('\n');
    }
    Db.write(dir, "wide.csv", csv.toString());
    return QueryProcess.run(heap, dir, properties,
        "select a.id, b.id, a.label || b.label from wide a cross join wide b order by 3 desc, 1, 2",
        "select count(*) from wide");
  }

  @Test void theLimitStopsTheQueryBeforeTheHeapIsExhausted() throws Exception {
    List<String> output = runHog("192m", "-");
    assertTrue(output.get(0).startsWith("53200 the query needs more memory than the limit of"), output::toString);
    assertEquals("[[3000]]", output.get(1), output::toString);
  }

  @Test void evenWithoutTheLimitAnOutOfMemoryErrorBecomes53200() throws Exception {
    List<String> output = runHog("192m -Dengagement.memoryLimit=100%", "-");
    assertTrue(output.get(0).startsWith("53200 "), output::toString);
    assertEquals("[[3000]]", output.get(1), output::toString);
  }
}
