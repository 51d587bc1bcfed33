package org.hashiya.uima.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.hashiya.core.SampleProject;
import org.hashiya.samples.SampleCorpus;
import org.hashiya.uima.HashiyaTypeSystem;
import org.hashiya.uima.importing.CorpusImport;
import org.hashiya.uima.importing.ImportFormat;
import org.hashiya.uima.importing.ImportProgress;
import org.hashiya.uima.importing.ImportRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every format is refused with a message naming the file and the problem, and the
 * project it was to go into (the sample project, with gold spans) stays byte for byte as it was.
 */
class MalformedImportTest {

	/** Writes the bad input into a folder and returns what to import. */
	@FunctionalInterface
	interface Input {
		Path write(Path folder) throws Exception;
	}

	/**
	 * @param file    what the message must name (a file, entry or article)
	 * @param problem what the message must say is wrong
	 */
	record Malformed(String name, ImportFormat format, Input input, UnaryOperator<ImportRequest> options, String file, String problem) {

		Malformed with(UnaryOperator<ImportRequest> moreOptions) {
			return new Malformed(name, format, input, moreOptions, file, problem);
		}

		@Override
		public String toString() {
			return name;
		}
	}

	private static final String TEXT = "قالت وكالة الأنباء إن بغداد استقبلت الوفد";
	private static final String XMI_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String XMI_ROOT = "<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cas=\"http:///uima/cas.ecore\""
			+ " xmlns:ner=\"http:///de/tudarmstadt/ukp/dkpro/core/api/ner/type.ecore\" xmlns:hashiya=\"http:///org/hashiya/type.ecore\""
			+ " xmlns:custom=\"http:///org/example.ecore\" xmi:version=\"2.0\">\n";
	private static final long HUNDRED_MEGABYTES = 100L * 1024 * 1024;

	@TempDir
	Path folder;

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedInputs")
	void isRefusedWithFileAndProblemNamedAndTheProjectUnchanged(Malformed malformed) throws Exception {
		Path project = folder.resolve("project");
		SampleProject.create(project);
		Map<String, String> before = ImportInputs.snapshot(project);
		Path input = malformed.input().write(Files.createDirectories(folder.resolve("input")));
		ImportRequest request = malformed.options().apply(ImportRequest.of(malformed.format(), input, project));

		IOException error = assertThrows(IOException.class, () -> CorpusImport.run(request, ImportProgress.NONE));

		String message = error.getMessage();
		assertTrue(message.contains(malformed.file()), "names " + malformed.file() + ": " + message);
		assertTrue(message.contains(malformed.problem()), "says " + malformed.problem() + ": " + message);
		assertEquals(before, ImportInputs.snapshot(project), "the project folder is byte for byte as it was");
	}

	static Stream<Malformed> malformedInputs() {
		return Stream.of(
				// UIMA XMI and its type system
				xmi("truncated XMI", "broken.xmi", "the file is truncated", xmi(TEXT, entity(2, 0, 4, "ORG")).substring(0, 400)),
				xmi("XMI whose type system lacks a used type (strict)", "broken.xmi", "org.example.Unknown is not in the type system",
						xmi(TEXT, entity(2, 0, 4, "ORG") + "<custom:Unknown xmi:id=\"3\" sofa=\"1\" begin=\"0\" end=\"4\"/>\n"))
						.with(request -> request.strict(true)),
				xmi("XMI with an external entity", "broken.xmi", "declares a DOCTYPE",
						XMI_HEADER + "<!DOCTYPE xmi:XMI [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>\n"
								+ xmi("&secret;", "").substring(XMI_HEADER.length())),
				xmi("XMI with offsets past the end", "broken.xmi", "ends beyond the text", xmi(TEXT, entity(2, 36, 999, "LOC"))),
				xmi("XMI with begin > end", "broken.xmi", "begins after it ends", xmi(TEXT, entity(2, 9, 4, "LOC"))),
				xmi("XMI with an empty span", "broken.xmi", "is empty", xmi(TEXT, entity(2, 4, 4, "LOC"))),
				xmi("XMI span cutting an emoji in two", "broken.xmi", "cuts a character", xmi("بغداد 😀 العراق", entity(2, 0, 7, "LOC"))),
				xmi("XMI without a text", "broken.xmi", "has no document text", XMI_HEADER + XMI_ROOT + "<cas:NULL xmi:id=\"0\"/>\n</xmi:XMI>\n"),
				xmi("XMI named entity without a value", "broken.xmi", "has no label",
						xmi(TEXT, "<ner:NamedEntity xmi:id=\"2\" sofa=\"1\" begin=\"0\" end=\"4\"/>\n")),
				xmi("XMI that is not XML", "broken.xmi", "not well-formed XML", "قالت وكالة الأنباء"),
				xmi("XMI span with an annotator name that cannot be a folder", "broken.xmi", "cannot name an annotator",
						xmi(TEXT, "<hashiya:Span xmi:id=\"2\" sofa=\"1\" begin=\"0\" end=\"4\" label=\"ORG\" annotator=\"../x\"/>\n")),
				xmi("XMI offset that is not a number", "broken.xmi", "UIMA cannot read this element", xmi(TEXT, entity(2, 0, 4, "ORG").replace("\"4\"", "\"four\""))),
				new Malformed("XMI folder without TypeSystem.xml", ImportFormat.XMI, folder -> {
					Path xmi = Files.createDirectories(folder.resolve("xmi"));
					Files.writeString(xmi.resolve("a.xmi"), xmi(TEXT, entity(2, 0, 4, "ORG")));
					return xmi;
				}, UnaryOperator.identity(), "xmi", "has no TypeSystem.xml"),
				typeSystem("truncated TypeSystem.xml", "the file is truncated", "<?xml version=\"1.0\"?>\n<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\">\n<types>"),
				typeSystem("TypeSystem.xml with an external entity", "declares a DOCTYPE",
						"<?xml version=\"1.0\"?>\n<!DOCTYPE t [<!ENTITY e SYSTEM \"http://example.org/types\">]>\n<typeSystemDescription xmlns=\"http://uima.apache.org/resourceSpecifier\"><name>&e;</name></typeSystemDescription>"),
				typeSystem("TypeSystem.xml that is not a type system", "not a UIMA type system description", "<?xml version=\"1.0\"?>\n<project/>"),
				new Malformed("type system without a label type", ImportFormat.XMI, folder -> {
					Path xmi = Files.createDirectories(folder.resolve("xmi"));
					TypeSystemDescription tokens = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
					tokens.addType("my.Token", "", CAS.TYPE_NAME_ANNOTATION);
					ImportInputs.writeTypeSystem(xmi, tokens);
					Files.writeString(xmi.resolve("a.xmi"), xmi(TEXT, ""));
					return xmi;
				}, UnaryOperator.identity(), "TypeSystem.xml", "neither Hashiya's span type"),
				xmi("label type not in the type system", "TypeSystem.xml", "has no type my.Missing", xmi(TEXT, entity(2, 0, 4, "ORG")))
						.with(request -> request.withLabelType("my.Missing", null)),
				xmi("label feature not a string feature", "TypeSystem.xml", "has no string feature begin", xmi(TEXT, entity(2, 0, 4, "ORG")))
						.with(request -> request.withLabelType(ImportInputs.NAMED_ENTITY, "begin")),
				// zip archives
				zip("zip with a ../ entry", "corpus.zip!/../evil.xmi", "path traversal", "../evil.xmi", "TypeSystem.xml"),
				zip("zip with an absolute entry", "corpus.zip!//tmp/evil.xmi", "path traversal", "/tmp/evil.xmi", "TypeSystem.xml"),
				zip("zip without TypeSystem.xml", "corpus.zip", "has no TypeSystem.xml", "corpus/a.xmi"),
				new Malformed("a .zip that is no zip archive", ImportFormat.XMI, folder -> Files.writeString(folder.resolve("corpus.zip"), TEXT),
						UnaryOperator.identity(), "corpus.zip", "not a readable zip archive"),
				// plain text and HTML
				text("invalid UTF-8", "bad.txt", "not valid UTF-8: byte 6", concat("Hello ".getBytes(StandardCharsets.US_ASCII), new byte[] { (byte) 0xC3, 0x28 })),
				text("a byte order mark in the middle", "bad.txt", "byte order mark (U+FEFF) in the middle",
						concat(utf8(TEXT), new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8(TEXT))),
				text("UTF-16 without a byte order mark", "bad.txt", "NUL character", TEXT.getBytes(StandardCharsets.UTF_16LE)),
				text("UTF-16 with a byte order mark, cut in a character", "bad.txt", "not valid UTF-16LE",
						concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, TEXT.getBytes(StandardCharsets.UTF_16LE), new byte[] { 0x27 })),
				new Malformed("a 100 MB single-line text file", ImportFormat.TEXT, folder -> hundredMegabytes(folder.resolve("huge.txt"), "", ""),
						UnaryOperator.identity(), "huge.txt", "100.0 MB, more than"),
				text("a file name that cannot name an article", "-draft.txt", "cannot name an article", utf8(TEXT)),
				new Malformed("an article the project has with another text", ImportFormat.TEXT,
						folder -> Files.writeString(folder.resolve(SampleCorpus.articleIds().get(0) + ".txt"), TEXT), UnaryOperator.identity(),
						SampleCorpus.articleIds().get(0), "already has an article " + SampleCorpus.articleIds().get(0) + " with another text"),
				new Malformed("HTML in an encoding that is not UTF-8 nor Windows-1256", ImportFormat.HTML, folder -> Files.write(folder.resolve("page.html"),
						concat(utf8("<p>Caf"), new byte[] { (byte) 0xE9 }, utf8(" au lait</p>"))), UnaryOperator.identity(), "page.html", "not valid UTF-8"),
				// CoNLL
				conll("CoNLL IOB2 with an I- tag after O", "line 4", "the tag I-PER follows O", "قال B-PER\nمحمد I-PER\nإن O\nعلي I-PER\n"),
				conll("CoNLL tag that is not IOB", "line 1", "the tag 'E-PER' (the last column) is not an IOB tag", "علي E-PER\n"),
				conll("CoNLL lines with different columns", "line 2", "4 columns, but the first token line of the file (line 1) has 2",
						"علي B-PER\nقال VBD B-VP O\n"),
				conll("CoNLL token without a tag", "line 2", "needs the token and its tag", "علي B-PER\nقال\n"),
				new Malformed("CoNLL with invalid UTF-8", ImportFormat.CONLL, folder -> Files.write(folder.resolve("bad.conll"),
						concat(utf8("علي B-PER\n\n"), new byte[] { (byte) 0xD9 }, utf8(" O\n"))), UnaryOperator.identity(), "bad.conll line 3",
						"not valid UTF-8: byte"),
				// JSONL
				jsonl("JSONL with a missing text", "line 1", "has no \"text\"", "{\"id\": \"a\", \"spans\": []}"),
				jsonl("JSONL span with a missing label", "line 1", "spans[0] has no \"label\"", oneSpan("abc", "\"start\": 0, \"end\": 1")),
				jsonl("JSONL cut off in the middle of a line", "line 2", "not valid JSON",
						"{\"id\": \"a\", \"text\": \"abc\", \"spans\": []}\n{\"id\": \"b\", \"text\": \"ab"),
				jsonl("JSONL span past the end of the text", "line 1", "0–9 is not a span inside the text, which has 6 code points",
						oneSpan("بغداد😀", "\"start\": 0, \"end\": 9, \"label\": \"LOC\"")),
				jsonl("JSONL span whose start is after its end", "line 1", "the start must come before the end",
						oneSpan("بغداد", "\"start\": 4, \"end\": 2, \"label\": \"LOC\"")),
				jsonl("JSONL span whose text does not match", "line 1", "should cover 'البصرة' but the text has 'بغداد'",
						oneSpan("بغداد", "\"start\": 0, \"end\": 5, \"label\": \"LOC\", \"text\": \"البصرة\"")),
				jsonl("JSONL with one id twice", "line 2", "a second article named a",
						"{\"id\": \"a\", \"text\": \"abc\", \"spans\": []}\n{\"id\": \"a\", \"text\": \"abd\", \"spans\": []}"),
				new Malformed("a 100 MB single-line JSONL file", ImportFormat.JSONL,
						folder -> hundredMegabytes(folder.resolve("huge.jsonl"), "{\"id\": \"a\", \"text\": \"", "\"}"), UnaryOperator.identity(),
						"huge.jsonl line 1", "longer than the 32.0 MB"),
				jsonl("JSONL offset that is not a whole number", "line 1", "spans[0].end is 2.5, not a whole number",
						oneSpan("abc", "\"start\": 0, \"end\": 2.5, \"label\": \"X\"")),
				jsonl("JSONL files joined with their byte order marks", "line 2", "byte order mark",
						"{\"id\": \"a\", \"text\": \"abc\"}\n\uFEFF{\"id\": \"b\", \"text\": \"abd\"}"),
				jsonl("JSONL label with a tab", "line 1 spans[0]", "a label needs a visible name",
						oneSpan("abc", "\"start\": 0, \"end\": 1, \"label\": \"A\\tB\"")),
				jsonl("JSONL text with half a surrogate pair", "line 1", "half a surrogate pair (U+D83D) alone at offset 1",
						"{\"id\": \"a\", \"text\": \"a\\ud83d\"}"),
				// the gold .spans.tsv format
				tsv("span file with offsets past the text", "line 2", "offsets 4–999 are not a span inside the article", "4\t999\tLOC\tx"),
				tsv("span file with begin > end", "line 2", "offsets 9–4 are not a span inside the article", "9\t4\tLOC\tx"),
				tsv("span file whose text column does not match", "line 2", "should cover 'البصرة'", "22\t27\tLOC\tالبصرة"),
				new Malformed("span file without a header", ImportFormat.TSV, folder -> {
					Files.writeString(folder.resolve("a.txt"), TEXT);
					return Files.writeString(folder.resolve("a.spans.tsv"), "22\t27\tLOC\tبغداد\n").getParent();
				}, UnaryOperator.identity(), "a.spans.tsv line 1", "the first line must be the header"),
				new Malformed("span file without its text", ImportFormat.TSV,
						folder -> Files.writeString(folder.resolve("unknown.spans.tsv"), "begin\tend\tlabel\ttext\n0\t4\tLOC\tقالت\n").getParent(),
						UnaryOperator.identity(), "unknown.spans.tsv", "there is no text for these spans"),
				new Malformed("spans of an annotator who already has spans there", ImportFormat.TSV, folder -> {
					SampleCorpus.copyGoldSpansTo(folder);
					return folder;
				}, request -> request.withAnnotator(SampleCorpus.GOLD_ANNOTATOR), SampleCorpus.articleIds().get(0), "already has spans on article"));
	}

	private static Malformed xmi(String name, String file, String problem, String content) {
		return new Malformed(name, ImportFormat.XMI, folder -> {
			Path xmi = Files.createDirectories(folder.resolve("xmi"));
			ImportInputs.writeTypeSystem(xmi, CasCreationUtils.mergeTypeSystems(List.of(HashiyaTypeSystem.description(), ImportInputs.dkproTypeSystem())));
			Files.writeString(xmi.resolve("broken.xmi"), content);
			return xmi;
		}, UnaryOperator.identity(), file, problem);
	}

	private static Malformed typeSystem(String name, String problem, String content) {
		return new Malformed(name, ImportFormat.XMI, folder -> {
			Path xmi = Files.createDirectories(folder.resolve("xmi"));
			Files.writeString(xmi.resolve("TypeSystem.xml"), content);
			Files.writeString(xmi.resolve("a.xmi"), xmi(TEXT, entity(2, 0, 4, "ORG")));
			return xmi;
		}, UnaryOperator.identity(), "TypeSystem.xml", problem);
	}

	/** A zip archive with an XMI file under each of {@code entryNames} but the last when that is TypeSystem.xml. */
	private static Malformed zip(String name, String file, String problem, String... entryNames) {
		return new Malformed(name, ImportFormat.XMI, folder -> {
			Path archive = folder.resolve("corpus.zip");
			try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive))) {
				for (String entryName : entryNames) {
					out.putNextEntry(new ZipEntry(entryName));
					if (entryName.endsWith("TypeSystem.xml")) {
						ByteArrayOutputStream typeSystem = new ByteArrayOutputStream();
						ImportInputs.dkproTypeSystem().toXML(typeSystem);
						out.write(typeSystem.toByteArray());
					} else {
						out.write(utf8(xmi(TEXT, entity(2, 0, 4, "ORG"))));
					}
					out.closeEntry();
				}
			}
			return archive;
		}, UnaryOperator.identity(), file, problem);
	}

	private static Malformed text(String name, String fileName, String problem, byte[] content) {
		return new Malformed(name, ImportFormat.TEXT, folder -> Files.write(folder.resolve(fileName), content).getParent(), UnaryOperator.identity(),
				fileName, problem);
	}

	private static Malformed conll(String name, String line, String problem, String content) {
		return new Malformed(name, ImportFormat.CONLL, folder -> Files.writeString(folder.resolve("bad.conll"), content), UnaryOperator.identity(),
				"bad.conll " + line, problem);
	}

	private static Malformed jsonl(String name, String where, String problem, String content) {
		return new Malformed(name, ImportFormat.JSONL, folder -> Files.writeString(folder.resolve("bad.jsonl"), content), UnaryOperator.identity(),
				"bad.jsonl " + where, problem);
	}

	/** A span file on {@link #TEXT} (where 22–27 is بغداد) with one span line. */
	private static Malformed tsv(String name, String line, String problem, String spanLine) {
		return new Malformed(name, ImportFormat.TSV, folder -> {
			Files.writeString(folder.resolve("a.txt"), TEXT);
			Files.writeString(folder.resolve("a.spans.tsv"), "begin\tend\tlabel\ttext\n" + spanLine + "\n");
			return folder;
		}, UnaryOperator.identity(), "a.spans.tsv " + line, problem);
	}

	private static String xmi(String text, String annotations) {
		List<String> ids = Arrays.stream(annotations.split("xmi:id=\"")).skip(1).map(part -> part.substring(0, part.indexOf('"'))).toList();
		return XMI_HEADER + XMI_ROOT + "<cas:NULL xmi:id=\"0\"/>\n"
				+ "<cas:Sofa xmi:id=\"1\" sofaNum=\"1\" sofaID=\"_InitialView\" mimeType=\"text\" sofaString=\"" + text + "\"/>\n"
				+ annotations + "<cas:View sofa=\"1\" members=\"" + String.join(" ", ids) + "\"/>\n</xmi:XMI>\n";
	}

	/** @return a JSONL line of article a with {@code text} and one span of the given fields */
	private static String oneSpan(String text, String spanFields) {
		return "{\"id\": \"a\", \"text\": \"" + text + "\", \"spans\": [{" + spanFields + "}]}";
	}

	private static String entity(int id, int begin, int end, String value) {
		return "<ner:NamedEntity xmi:id=\"" + id + "\" sofa=\"1\" begin=\"" + begin + "\" end=\"" + end + "\" value=\"" + value + "\"/>\n";
	}

	/** Writes {@code prefix}, 100 MB of one letter without a line break, then {@code suffix}, without holding it in memory. */
	private static Path hundredMegabytes(Path file, String prefix, String suffix) throws IOException {
		ByteBuffer letters = ByteBuffer.wrap(utf8("a".repeat(1024 * 1024)));
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(utf8(prefix)));
			while (channel.size() < HUNDRED_MEGABYTES) {
				channel.write(letters.rewind());
			}
			channel.write(ByteBuffer.wrap(utf8(suffix)));
		}
		return file;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[]... parts) {
		byte[] all = new byte[Arrays.stream(parts).mapToInt(part -> part.length).sum()];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, offset, part.length);
			offset += part.length;
		}
		return all;
	}
}
