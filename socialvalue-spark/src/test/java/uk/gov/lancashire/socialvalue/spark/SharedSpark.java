package uk.gov.lancashire.socialvalue.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session every test of the module shares: starting Spark takes seconds, so it starts once
 * per test JVM, on {@code local[2]} with the UI off and few shuffle partitions, and stops when the JVM does.
 */
final class SharedSpark {

  private static SparkSession session;

  private SharedSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("socialvalue-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-shared-spark"));
    }
    return session;
  }
}
