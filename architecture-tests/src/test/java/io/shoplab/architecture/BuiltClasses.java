package io.shoplab.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The main classes of every module the root pom lists, read from each module's {@code target/classes}
 * (the reactor builds them before this module), so a module added later is checked too.
 */
final class BuiltClasses {

    private BuiltClasses() {}

    static JavaClasses ofEveryModule() {
        Path root = Path.of(System.getProperty("shoplab.home", ".."))
                .toAbsolutePath()
                .normalize();
        List<Path> classDirectories = new ArrayList<>();
        for (String module : modulesOf(root.resolve("pom.xml"))) {
            Path classes = root.resolve(module).resolve("target/classes");
            if (Files.isDirectory(classes)) {
                classDirectories.add(classes);
            }
        }
        return new ClassFileImporter().importPaths(classDirectories);
    }

    private static List<String> modulesOf(Path pom) {
        try {
            NodeList modules = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(pom.toFile())
                    .getElementsByTagName("module");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < modules.getLength(); i++) {
                names.add(modules.item(i).getTextContent().trim());
            }
            return names;
        } catch (IOException | ParserConfigurationException | SAXException unreadable) {
            throw new IllegalStateException("cannot read the modules of " + pom, unreadable);
        }
    }
}
