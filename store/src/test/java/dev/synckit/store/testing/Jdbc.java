package dev.synckit.store.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC beside the store under test: to look at rows as they are, and to prepare or clean a database. */
final class Jdbc {

    private Jdbc() {
    }

    /** Every row of the query, each as its column values in order. */
    static List<List<Object>> query(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            var rows = new ArrayList<List<Object>>();
            while (result.next()) {
                var row = new ArrayList<Object>();
                for (var column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    row.add(result.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static void execute(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
