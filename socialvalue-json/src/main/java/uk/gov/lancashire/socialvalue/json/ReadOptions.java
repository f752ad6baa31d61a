package uk.gov.lancashire.socialvalue.json;

/**
 * The reading options of a {@link SocialValueModule}: whether unknown properties are problems, and how
 * long a decimal written as a string may be.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReadOptions {

  private final boolean rejectUnknownProperties;
  private final int maxDecimalLength;

  ReadOptions(boolean rejectUnknownProperties, int maxDecimalLength) {
    this.rejectUnknownProperties = rejectUnknownProperties;
    this.maxDecimalLength = maxDecimalLength;
  }

  boolean rejectUnknownProperties() {
    return rejectUnknownProperties;
  }

  int maxDecimalLength() {
    return maxDecimalLength;
  }
}
