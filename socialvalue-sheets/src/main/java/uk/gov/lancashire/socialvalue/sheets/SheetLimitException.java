package uk.gov.lancashire.socialvalue.sheets;

/**
 * A sheet broke a limit that keeps memory and time bounded (a cell longer than a spreadsheet allows, too
 * many columns, a compressed part that inflates far beyond its size, a file that is not a workbook); the
 * read stops at once. The message names where and which limit, in words a user can act on.
 */
public final class SheetLimitException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** @param message where and which limit */
  public SheetLimitException(String message) {
    super(message);
  }
}
