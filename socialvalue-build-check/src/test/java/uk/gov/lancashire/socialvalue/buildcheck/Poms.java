package uk.gov.lancashire.socialvalue.buildcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reads the reactor's POMs: which modules exist, which are published, what the BOM lists. */
final class Poms {

  /** The reactor root (the check runs in socialvalue-build-check). */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Poms() {}

  static Document read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(pom.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + pom, e);
    }
  }

  static List<String> all(Document pom, String xpath) {
    try {
      NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, pom, XPathConstants.NODESET);
      List<String> values = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        values.add(nodes.item(i).getTextContent().strip());
      }
      return values;
    } catch (Exception e) {
      throw new IllegalStateException(xpath, e);
    }
  }

  static String one(Document pom, String xpath) {
    List<String> values = all(pom, xpath);
    return values.isEmpty() ? "" : String.join("|", values);
  }

  static Document root() {
    return read(ROOT.resolve("pom.xml"));
  }

  static Document bom() {
    return read(ROOT.resolve("socialvalue-bom/pom.xml"));
  }

  /** The artifacts the BOM manages: exactly the published modules besides the BOM and the parent. */
  static List<String> bomArtifacts() {
    return all(bom(), "/project/dependencyManagement/dependencies/dependency/artifactId");
  }

  /** The root's modules that are deployed: none that sets socialvalue.publish.skip or maven.deploy.skip. */
  static List<String> publishedModules() {
    List<String> published = new ArrayList<>();
    for (String module : all(root(), "/project/modules/module")) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      boolean skipped = "true".equals(one(pom, "/project/properties/socialvalue.publish.skip"))
          || "true".equals(one(pom, "/project/properties/maven.deploy.skip"));
      if (!skipped && !module.equals("socialvalue-bom")) {
        published.add(module);
      }
    }
    return published;
  }

  static boolean exists(Path path) {
    return Files.exists(path);
  }
}
