package uk.gov.lancashire.socialvalue.basics;

/** Joins problem paths: {@code join("measures[NT3]", "alignments[0]")} is {@code measures[NT3].alignments[0]}. */
final class Paths {

  private Paths() {}

  static String join(String parent, String child) {
    if (parent.isEmpty()) {
      return child;
    }
    if (child.isEmpty()) {
      return parent;
    }
    return child.startsWith("[") ? parent + child : parent + "." + child;
  }
}
