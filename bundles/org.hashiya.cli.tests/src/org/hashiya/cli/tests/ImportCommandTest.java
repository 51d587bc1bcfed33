package org.hashiya.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.hashiya.core.spans.SpansTsv;
import org.hashiya.samples.SampleCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./hashiya import}: the sample corpus laid out as in {@code ../shared/corpus}, and bad input and usage. */
class ImportCommandTest {

	private static final String TYPE_SYSTEM = """
			<?xml version="1.0" encoding="UTF-8"?>
			<typeSystemDescription xmlns="http://uima.apache.org/resourceSpecifier"><types><typeDescription>
			<name>de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity</name><supertypeName>uima.tcas.Annotation</supertypeName>
			<features><featureDescription><name>value</name><rangeTypeName>uima.cas.String</rangeTypeName></featureDescription></features>
			</typeDescription></types></typeSystemDescription>
			""";
	/** A NamedEntity on بغداد, and an element of a type the type system above lacks. */
	private static final String XMI = """
			<?xml version="1.0" encoding="UTF-8"?>
			<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmlns:cas="http:///uima/cas.ecore" xmlns:ner="http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore" xmlns:pos="http:///my/pos.ecore" xmi:version="2.0">
			<cas:NULL xmi:id="0"/>
			<cas:Sofa xmi:id="1" sofaNum="1" sofaID="_InitialView" mimeType="text" sofaString="زار الوفد بغداد"/>
			<ner:NamedEntity xmi:id="2" sofa="1" begin="10" end="15" value="LOC"/>
			<pos:Tag xmi:id="3" sofa="1" begin="0" end="3"/>
			<cas:View sofa="1" members="2 3"/>
			</xmi:XMI>
			""";

	@TempDir
	Path folder;
	private CommandRun command = new CommandRun();

	@Test
	void textsThenTheirGoldSpansMakeAProject() throws IOException {
		Path texts = SampleCorpus.copyArticlesTo(folder.resolve("ar-news")).get(0).getParent();
		Path gold = SampleCorpus.copyGoldSpansTo(folder.resolve("gold")).get(0).getParent();
		Path project = folder.resolve("project");

		assertEquals(0, run("import", "--format", "text", "--input", texts.toString(), "--output", project.toString()), errors());
		assertEquals(0, run("import", "--format", "tsv", "--input", gold.toString(), "--output", project.toString(), "--annotator", "gold"), errors());

		assertEquals(List.of("Imported 4 articles (4 new) into " + project, "Imported 4 articles (0 new) with 397 spans of gold (397) into " + project),
				output().lines().toList());
		for (String id : SampleCorpus.articleIds()) {
			assertTrue(Files.readString(project.resolve("annotations/gold/" + id + ".tsv")).contains("#status\tfinished"), id);
		}
	}

	@Test
	void lenientXmiWarnsOfUnknownTypesAndStrictRefusesThem() throws IOException {
		Path xmi = Files.createDirectories(folder.resolve("xmi"));
		Files.writeString(xmi.resolve("TypeSystem.xml"), TYPE_SYSTEM);
		Files.writeString(xmi.resolve("visit.xmi"), XMI);

		assertEquals(1, run("import", "--format", "xmi", "--input", xmi.toString(), "--output", folder.resolve("strict").toString(), "--strict"));
		assertTrue(errors().contains(xmi.resolve("visit.xmi") + " line 6, element <pos:Tag xmi:id=\"3\">: the type my.pos.Tag is not in the type system"),
				errors());
		assertFalse(Files.exists(folder.resolve("strict")), "nothing written");

		command = new CommandRun();
		assertEquals(0, run("import", "--format", "xmi", "--input", xmi.toString(), "--output", folder.resolve("lenient").toString()), errors());
		assertTrue(errors().contains("Warning: Skipped 1 elements of type my.pos.Tag in 1 files"), errors());
		assertTrue(output().startsWith("Imported 1 article (1 new) with 1 spans of imported (1)"), output());
	}

	@Test
	void badInputNamesFileLineAndProblemAndChangesNothing() throws IOException {
		Path texts = SampleCorpus.copyArticlesTo(folder.resolve("ar-news")).get(0).getParent();
		Path project = folder.resolve("project");
		assertEquals(0, run("import", "--format", "text", "--input", texts.toString(), "--output", project.toString()), errors());
		List<String> before = listing(project);
		Path spans = Files.createDirectories(folder.resolve("spans")).resolve(SampleCorpus.articleIds().get(0) + SpansTsv.EXTENSION);
		Files.writeString(spans, "begin\tend\tlabel\ttext\n4\t20\tLOC\tالولايات المتحدة\n999990\t999999\tLOC\tx\n");

		assertEquals(1, run("import", "--format", "tsv", "--input", spans.getParent().toString(), "--output", project.toString()));

		assertTrue(errors().contains(spans + " line 3: offsets 999990–999999 are not a span inside the article"), errors());
		assertEquals(before, listing(project), "no file added or removed");
	}

	@Test
	void wrongUsageIsExitCodeTwoWithTheReason() throws IOException {
		Path input = Files.createDirectories(folder.resolve("in"));
		String output = folder.resolve("out").toString();

		assertUsage("--format docx is not one of text|html|xmi|conll|jsonl|tsv", "--format", "docx", "--input", input.toString(), "--output", output);
		assertUsage("--input " + folder.resolve("nowhere") + ": no such file or folder", "--format", "text", "--input", folder.resolve("nowhere").toString(),
				"--output", output);
		assertUsage("Option --output is required", "--format", "text", "--input", input.toString());
		assertUsage("--feature needs --type", "--format", "xmi", "--input", input.toString(), "--output", output, "--feature", "value");
		assertUsage("--type and --feature choose the label of XMI annotations", "--format", "jsonl", "--input", input.toString(), "--output", output, "--type", "T");
		assertUsage("--encoding klingon is not an encoding Java knows", "--format", "text", "--input", input.toString(), "--output", output, "--encoding",
				"klingon");
		assertUsage("--annotator 'two words' cannot name an annotator", "--format", "text", "--input", input.toString(), "--output", output, "--annotator",
				"two words");
		assertUsage("Option --strict is given twice", "--format", "xmi", "--input", input.toString(), "--output", output, "--strict", "--strict");
	}

	private void assertUsage(String reason, String... options) {
		command = new CommandRun();
		List<String> arguments = new ArrayList<>(List.of("import"));
		arguments.addAll(List.of(options));
		assertEquals(2, run(arguments.toArray(String[]::new)), errors());
		assertTrue(errors().contains(reason), errors());
	}

	private static List<String> listing(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.map(path -> root.relativize(path).toString()).sorted().toList();
		}
	}

	private int run(String... arguments) {
		return command.run(arguments);
	}

	private String output() {
		return command.output();
	}

	private String errors() {
		return command.errors();
	}
}
