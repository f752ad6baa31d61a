package uk.gov.lancashire.socialvalue.json;

import uk.gov.lancashire.socialvalue.framework.MeasureCode;

/** {@link MeasureCode} as its text, e.g. {@code "ECC1c"}; also the key of an edition's values. */
final class MeasureCodeJson {

  /** The codec. */
  static final TextCodec<MeasureCode> CODEC = TextCodec.of(MeasureCode::parse, MeasureCode::toString);

  private MeasureCodeJson() {}
}
