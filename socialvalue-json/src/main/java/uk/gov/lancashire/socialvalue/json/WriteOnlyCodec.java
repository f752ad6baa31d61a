package uk.gov.lancashire.socialvalue.json;

/**
 * The codec of a computed result (a valuation result, a tender evaluation, an annual statement): it is
 * written for reports and other systems, but never read back, because the core computes it and offers no
 * way to build it from its parts. Reading one records a problem saying so.
 *
 * @param <T> the result type
 */
abstract class WriteOnlyCodec<T> implements JsonCodec<T> {

  private final String what;

  /** @param what the type's name, for the problem message */
  WriteOnlyCodec(String what) {
    this.what = what;
  }

  @Override
  public final T read(Cursor in) {
    in.problem(what + " is a computed result: it is written, never read; read its inputs and compute it again");
    return null;
  }
}
