package com.engagementjdbc.reliability;

import com.engagementjdbc.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Run by {@link MemoryLimitTest} in a JVM with a small heap: a query that would need far more than the heap, then a
 * small one on the same connection. Prints what each did.
 */
public final class MemoryHog {
  private MemoryHog() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    try (Connection connection = Db.connect(dir, args.length > 1 ? new String[] {args[1]} : new String[0])) {
      try {
        // 3 000 x 3 000 = 9 million joined rows, all held by the sort
        List<List<Object>> rows = Db.rows(connection,
            "select a.id, b.id, a.label || b.label from wide a cross join wide b order by 3 desc, 1, 2");
        System.out.println("BIG rows " + rows.size());
      } catch (SQLException e) {
        System.out.println("BIG " + e.getSQLState() + " " + e.getMessage());
      }
      System.out.println("SMALL " + Db.rows(connection, "select count(*) from wide"));
    }
  }
}
