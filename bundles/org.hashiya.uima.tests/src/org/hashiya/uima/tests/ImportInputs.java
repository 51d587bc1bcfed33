package org.hashiya.uima.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeDescription;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.hashiya.core.spans.LabeledSpan;
import org.hashiya.core.spans.LabeledText;
import org.hashiya.core.spans.SpansTsv;
import org.hashiya.uima.HashiyaTypeSystem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Builds import inputs in every format from labeled texts, with the libraries the formats come
 * from (uimaj-core's serializer, Gson), and takes snapshots of folders to compare byte for byte.
 */
final class ImportInputs {

	static final String NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	static final String PERSON = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.Person";

	private static final Pattern WORD_OR_LINE_BREAK = Pattern.compile("\\S+|\\n");

	private ImportInputs() {
	}

	/** @return a labeled text whose spans are the first occurrences of {@code coveredAndLabel} (text, label, text, label …) */
	static LabeledText labeled(String id, String text, String... coveredAndLabel) {
		List<LabeledSpan> spans = new ArrayList<>();
		for (int index = 0; index < coveredAndLabel.length; index += 2) {
			int begin = text.indexOf(coveredAndLabel[index]);
			if (begin < 0) {
				throw new IllegalArgumentException(coveredAndLabel[index] + " is not in the text");
			}
			spans.add(LabeledSpan.of(begin, begin + coveredAndLabel[index].length(), coveredAndLabel[index + 1]));
		}
		return new LabeledText(id, text, spans);
	}

	/** DKPro Core's NamedEntity (value, identifier) and its subtype Person, as DKPro declares them. */
	static TypeSystemDescription dkproTypeSystem() {
		TypeSystemDescription typeSystem = UIMAFramework.getResourceSpecifierFactory().createTypeSystemDescription();
		TypeDescription namedEntity = typeSystem.addType(NAMED_ENTITY, "A named entity", CAS.TYPE_NAME_ANNOTATION);
		namedEntity.addFeature("value", "The class/category of the named entity", CAS.TYPE_NAME_STRING);
		namedEntity.addFeature("identifier", "Linked entity", CAS.TYPE_NAME_STRING);
		typeSystem.addType(PERSON, "A person", NAMED_ENTITY);
		return typeSystem;
	}

	static CAS cas(TypeSystemDescription typeSystem, String text) throws Exception {
		CAS cas = CasCreationUtils.createCas(typeSystem, null, null);
		cas.setDocumentText(text);
		return cas;
	}

	/** Adds {@code label} on {@code begin}–{@code end} as an annotation of {@code typeName} with the label in {@code feature}. */
	static AnnotationFS annotate(CAS cas, String typeName, String feature, int begin, int end, String label) {
		Type type = cas.getTypeSystem().getType(typeName);
		AnnotationFS annotation = cas.createAnnotation(type, begin, end);
		if (label != null) {
			annotation.setStringValue(type.getFeatureByBaseName(feature), label);
		}
		cas.addFsToIndexes(annotation);
		return annotation;
	}

	/** Writes the articles as XMI with Hashiya's span type and DKPro's NamedEntity both, as the export does, plus TypeSystem.xml. */
	static Path xmiFolder(Path folder, String annotator, List<LabeledText> articles) throws Exception {
		Files.createDirectories(folder);
		TypeSystemDescription typeSystem = CasCreationUtils.mergeTypeSystems(List.of(HashiyaTypeSystem.description(), dkproTypeSystem()));
		writeTypeSystem(folder, typeSystem);
		for (LabeledText article : articles) {
			CAS cas = cas(typeSystem, article.text());
			for (LabeledSpan span : article.spans()) {
				AnnotationFS annotation = annotate(cas, HashiyaTypeSystem.SPAN, HashiyaTypeSystem.FEATURE_LABEL, span.begin(), span.end(), span.label());
				annotation.setStringValue(annotation.getType().getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ANNOTATOR), annotator);
				annotate(cas, NAMED_ENTITY, "value", span.begin(), span.end(), span.label());
			}
			writeXmi(folder.resolve(article.id() + ".xmi"), cas);
		}
		return folder;
	}

	static void writeTypeSystem(Path folder, TypeSystemDescription typeSystem) throws Exception {
		try (OutputStream out = Files.newOutputStream(folder.resolve("TypeSystem.xml"))) {
			typeSystem.toXML(out);
		}
	}

	static void writeXmi(Path file, CAS cas) throws Exception {
		try (OutputStream out = Files.newOutputStream(file)) {
			XmiCasSerializer.serialize(cas, out);
		}
	}

	/** @return one JSON object per article: id, text, spans with code-point offsets */
	static Path jsonl(Path file, List<LabeledText> articles) throws IOException {
		StringBuilder lines = new StringBuilder();
		for (LabeledText article : articles) {
			lines.append(jsonObject(article)).append('\n');
		}
		Files.createDirectories(file.getParent());
		return Files.writeString(file, lines, StandardCharsets.UTF_8);
	}

	static JsonObject jsonObject(LabeledText article) {
		JsonObject object = new JsonObject();
		object.addProperty("id", article.id());
		object.addProperty("text", article.text());
		JsonArray spans = new JsonArray();
		for (LabeledSpan span : article.spans()) {
			JsonObject json = new JsonObject();
			json.addProperty("start", article.text().codePointCount(0, span.begin()));
			json.addProperty("end", article.text().codePointCount(0, span.end()));
			json.addProperty("label", span.label());
			spans.add(json);
		}
		object.add("spans", spans);
		return object;
	}

	/** @return the articles as CoNLL-2002 IOB2: a token per whitespace-separated word, a sentence per line */
	static Path conll(Path file, List<LabeledText> articles) throws IOException {
		StringBuilder out = new StringBuilder();
		for (LabeledText article : articles) {
			out.append("-DOCSTART- O\n\n");
			Matcher words = WORD_OR_LINE_BREAK.matcher(article.text());
			boolean inSentence = false;
			while (words.find()) {
				if (words.group().equals("\n")) {
					out.append(inSentence ? "\n" : "");
					inSentence = false;
				} else {
					out.append(words.group()).append(' ').append(tag(article, words.start())).append('\n');
					inSentence = true;
				}
			}
			out.append(inSentence ? "\n" : "");
		}
		Files.createDirectories(file.getParent());
		return Files.writeString(file, out, StandardCharsets.UTF_8);
	}

	private static String tag(LabeledText article, int tokenBegin) {
		return article.spans().stream().filter(span -> span.begin() <= tokenBegin && tokenBegin < span.end()).findFirst()
				.map(span -> (span.begin() == tokenBegin ? "B-" : "I-") + span.label()).orElse("O");
	}

	/** Writes {@code X.txt} (UTF-8) and {@code X.spans.tsv} for every article. */
	static Path spansTsvFolder(Path folder, List<LabeledText> articles) throws IOException {
		Files.createDirectories(folder);
		for (LabeledText article : articles) {
			Files.writeString(folder.resolve(article.id() + ".txt"), article.text(), StandardCharsets.UTF_8);
			SpansTsv.write(folder.resolve(article.id() + SpansTsv.EXTENSION), article);
		}
		return folder;
	}

	/** Zips the files of {@code folder} under {@code prefix} (e.g. {@code corpus/}). */
	static Path zip(Path folder, Path archive, String prefix) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive)); Stream<Path> files = Files.list(folder)) {
			for (Path file : files.sorted().toList()) {
				out.putNextEntry(new ZipEntry(prefix + file.getFileName()));
				out.write(Files.readAllBytes(file));
				out.closeEntry();
			}
		}
		return archive;
	}

	/** @return every file and folder under {@code root}, by relative path, with the bytes of the files */
	static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		if (!Files.exists(root)) {
			return contents;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.toList()) {
				String name = root.relativize(path).toString();
				contents.put(name, Files.isDirectory(path) ? "<folder>" : HexFormat.of().formatHex(Files.readAllBytes(path)));
			}
		}
		return contents;
	}
}
