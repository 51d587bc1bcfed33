package org.hashiya.uima.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiSerializationSharedData;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.jcas.cas.TOP;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.InvalidXMLException;
import org.apache.uima.util.XMLizable;
import org.hashiya.core.io.InvalidTextFileException;
import org.hashiya.uima.HashiyaTypeSystem;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads UIMA CAS XMI files with their type system ({@code TypeSystem.xml} beside them, or anywhere
 * in the same zip archive), through UIMA's own deserializer fed by a parser with DTDs and external
 * entities disabled. The annotations of one type become spans, a string feature of it their label:
 * by default Hashiya's {@value HashiyaTypeSystem#SPAN} ({@code label}, with its annotator and note) in
 * a document that has them, else DKPro Core's {@value #DKPRO_NAMED_ENTITY} ({@code value}), as
 * INCEpTION and DKPro pipelines write.
 */
final class XmiReader implements CorpusReader {

	static final String DKPRO_NAMED_ENTITY = "de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity";
	static final String DKPRO_VALUE = "value";
	static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
	private static final String EXTENSION = ".xmi";
	private static final String ZIP = ".zip";

	/** One XMI file, in a folder or in an archive, read when its turn comes; its file name names the article. */
	private record Source(Place place, String fileName, Content content) {
	}

	@FunctionalInterface
	private interface Content {
		byte[] read() throws IOException;
	}

	/** The annotations that become spans: their type, and the features that give label, annotator and note. */
	private record LabelType(Type type, Feature label, Feature annotator, Feature note) {

		static LabelType of(Type type, Feature label) {
			boolean hashiyaSpan = type.getName().equals(HashiyaTypeSystem.SPAN);
			return new LabelType(type, label, hashiyaSpan ? type.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_ANNOTATOR) : null,
					hashiyaSpan ? type.getFeatureByBaseName(HashiyaTypeSystem.FEATURE_NOTE) : null);
		}
	}

	@Override
	public List<ImportedArticle> read(Path input, ReadContext context) throws IOException {
		if (Files.isRegularFile(input) && InputFiles.hasExtension(input, ZIP)) {
			try (ZipArchive archive = ZipArchive.open(input)) {
				List<String> names = archive.fileNames();
				String typeSystem = typeSystemEntry(input, names);
				List<Source> sources = names.stream().filter(name -> name.toLowerCase(Locale.ROOT).endsWith(EXTENSION))
						.map(name -> new Source(archive.place(name), name.substring(name.lastIndexOf('/') + 1), () -> archive.read(name))).toList();
				if (sources.isEmpty()) {
					throw Place.of(input).problem("the archive holds no " + EXTENSION + " files");
				}
				return read(archive.place(typeSystem), archive.read(typeSystem), sources, context);
			}
		}
		List<Path> files = InputFiles.list(input, EXTENSION);
		Path folder = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
		Path typeSystem = typeSystemFile(folder);
		List<Source> sources = files.stream().map(file -> new Source(Place.of(file), file.getFileName().toString(), () -> InputFiles.read(file))).toList();
		return read(Place.of(typeSystem), InputFiles.read(typeSystem), sources, context);
	}

	private static List<ImportedArticle> read(Place typeSystemPlace, byte[] typeSystemBytes, List<Source> sources, ReadContext context) throws IOException {
		CAS cas = createCas(typeSystemPlace, typeSystem(typeSystemPlace, typeSystemBytes));
		List<LabelType> labelTypes = labelTypes(cas.getTypeSystem(), context.request(), typeSystemPlace);
		XmiElements.UnknownTypes unknownTypes = new XmiElements.UnknownTypes();
		XmiElements.DeclaredTypes declaredTypes = new XmiElements.DeclaredTypes(cas.getTypeSystem());
		XMLReader parser = SafeXml.reader();
		context.beginReading(sources.size());
		List<ImportedArticle> articles = new ArrayList<>();
		for (Source source : sources) {
			cas.reset();
			XmiSerializationSharedData ids = new XmiSerializationSharedData();
			XmiElements elements = deserialize(cas, source, ids, parser, declaredTypes, context.request().strict());
			elements.reportUnknownTypes(unknownTypes);
			articles.add(article(cas, source, labelTypes, elements, ids));
			context.read();
		}
		unknownTypes.warnings(typeSystemPlace).forEach(context::warn);
		return articles;
	}

	/** @param parser reused from one file to the next, since making a safe parser takes longer than reading a short article */
	private static XmiElements deserialize(CAS cas, Source source, XmiSerializationSharedData ids, XMLReader parser, XmiElements.DeclaredTypes types,
			boolean strict) throws IOException {
		Place place = source.place();
		XmiElements elements = new XmiElements(types, strict, place);
		elements.setParent(parser);
		elements.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, !strict, ids));
		try {
			elements.parse(new InputSource(new ByteArrayInputStream(source.content().read())));
		} catch (SAXParseException e) {
			throw SafeXml.problem(place, e);
		} catch (SAXException | RuntimeException e) {
			InvalidTextFileException refusal = elements.refusal();
			if (refusal != null) {
				throw refusal;
			}
			throw elements.here().problem("UIMA cannot read this element: " + e.getMessage());
		}
		return elements;
	}

	private static ImportedArticle article(CAS cas, Source source, List<LabelType> labelTypes, XmiElements elements, XmiSerializationSharedData ids)
			throws InvalidTextFileException {
		Place place = source.place();
		String text = cas.getDocumentText();
		if (text == null) {
			throw place.problem("the file has no document text: its initial view has no cas:Sofa with a sofaString");
		}
		LabelType labelType = labelTypes.stream().filter(candidate -> !cas.getAnnotationIndex(candidate.type()).isEmpty()).findFirst()
				.orElse(labelTypes.get(0));
		List<ImportedSpan> spans = new ArrayList<>();
		for (AnnotationFS annotation : cas.<AnnotationFS>getAnnotationIndex(labelType.type())) {
			Place at = elements.placeOf(ids.getXmiId((TOP) annotation));
			spans.add(new ImportedSpan(annotation.getBegin(), annotation.getEnd(), label(annotation, labelType, at),
					labelType.annotator() == null ? "" : Objects.toString(annotation.getStringValue(labelType.annotator()), ""),
					labelType.note() == null ? null : annotation.getStringValue(labelType.note()), at));
		}
		return new ImportedArticle(InputFiles.baseName(source.fileName(), EXTENSION), text, spans, true, place);
	}

	/**
	 * @return the label feature's value; for a subtype of the label type without one (DKPro's
	 *         {@code Person} under {@code NamedEntity}) the subtype's short name
	 */
	private static String label(AnnotationFS annotation, LabelType labelType, Place at) throws InvalidTextFileException {
		String label = annotation.getStringValue(labelType.label());
		if (label != null && !label.isBlank()) {
			return label;
		}
		if (!annotation.getType().equals(labelType.type())) {
			return annotation.getType().getShortName();
		}
		throw at.problem("the annotation has no label: its feature " + labelType.label().getShortName() + " is empty");
	}

	private static List<LabelType> labelTypes(TypeSystem typeSystem, ImportRequest request, Place place) throws InvalidTextFileException {
		if (request.type().isPresent()) {
			return List.of(chosenLabelType(typeSystem, request.type().get(), request.feature(), place));
		}
		List<LabelType> known = new ArrayList<>();
		knownLabelType(typeSystem, HashiyaTypeSystem.SPAN, HashiyaTypeSystem.FEATURE_LABEL).ifPresent(known::add);
		knownLabelType(typeSystem, DKPRO_NAMED_ENTITY, DKPRO_VALUE).ifPresent(known::add);
		if (known.isEmpty()) {
			throw place.problem("the type system has neither Hashiya's span type " + HashiyaTypeSystem.SPAN + " nor DKPro Core's " + DKPRO_NAMED_ENTITY
					+ "; say which annotation type and which of its string features give the label (--type and --feature)");
		}
		return known;
	}

	private static Optional<LabelType> knownLabelType(TypeSystem typeSystem, String typeName, String featureName) {
		Type type = typeSystem.getType(typeName);
		Feature feature = type == null ? null : type.getFeatureByBaseName(featureName);
		return feature != null && isString(typeSystem, feature) && isAnnotation(typeSystem, type) ? Optional.of(LabelType.of(type, feature))
				: Optional.empty();
	}

	private static LabelType chosenLabelType(TypeSystem typeSystem, String typeName, Optional<String> featureName, Place place)
			throws InvalidTextFileException {
		Type type = typeSystem.getType(typeName);
		if (type == null) {
			throw place.problem("the type system has no type " + typeName);
		}
		if (!isAnnotation(typeSystem, type)) {
			throw place.problem(typeName + " is not an annotation type (a subtype of " + CAS.TYPE_NAME_ANNOTATION + " with begin and end)");
		}
		List<String> stringFeatures = type.getFeatures().stream().filter(feature -> isString(typeSystem, feature)).map(Feature::getShortName).toList();
		String name = featureName.orElseGet(() -> Stream.of(DKPRO_VALUE, HashiyaTypeSystem.FEATURE_LABEL).filter(stringFeatures::contains).findFirst()
				.orElse(null));
		if (name == null || !stringFeatures.contains(name)) {
			throw place.problem((name == null ? typeName + " has neither a value nor a label feature" : typeName + " has no string feature " + name)
					+ "; its string features are " + (stringFeatures.isEmpty() ? "none" : String.join(", ", stringFeatures)));
		}
		return LabelType.of(type, type.getFeatureByBaseName(name));
	}

	private static boolean isAnnotation(TypeSystem typeSystem, Type type) {
		return typeSystem.subsumes(typeSystem.getType(CAS.TYPE_NAME_ANNOTATION), type);
	}

	private static boolean isString(TypeSystem typeSystem, Feature feature) {
		return typeSystem.subsumes(typeSystem.getType(CAS.TYPE_NAME_STRING), feature.getRange());
	}

	private static TypeSystemDescription typeSystem(Place place, byte[] bytes) throws IOException {
		Element root = SafeXml.parse(place, bytes).getDocumentElement();
		XMLizable description;
		try {
			description = UIMAFramework.getXMLParser().buildObject(root);
		} catch (InvalidXMLException e) {
			throw place.problem("not a UIMA type system description: " + e.getMessage());
		}
		if (!(description instanceof TypeSystemDescription typeSystem)) {
			throw place.problem("not a UIMA type system description: its root element is <" + root.getTagName() + ">, not <typeSystemDescription>");
		}
		if (typeSystem.getImports().length > 0) {
			throw place.problem("the type system imports " + Arrays.toString(typeSystem.getImports())
					+ "; an import reads one self-contained type system, as UIMA's and DKPro's XMI writers and INCEpTION export it");
		}
		return typeSystem;
	}

	private static CAS createCas(Place place, TypeSystemDescription typeSystem) throws InvalidTextFileException {
		try {
			return CasCreationUtils.createCas(typeSystem, null, null);
		} catch (ResourceInitializationException | RuntimeException e) {
			throw place.problem("UIMA cannot use this type system: " + e.getMessage());
		}
	}

	private static Path typeSystemFile(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().equalsIgnoreCase(TYPE_SYSTEM_FILE) && Files.isRegularFile(file)).findFirst()
					.orElseThrow(() -> new InvalidTextFileException(folder, folder + " has no " + TYPE_SYSTEM_FILE
							+ " beside its XMI files; UIMA, DKPro and INCEpTION write one with them"));
		}
	}

	private static String typeSystemEntry(Path archive, List<String> names) throws InvalidTextFileException {
		List<String> typeSystems = names.stream().filter(name -> name.substring(name.lastIndexOf('/') + 1).equalsIgnoreCase(TYPE_SYSTEM_FILE)).toList();
		if (typeSystems.size() != 1) {
			throw Place.of(archive).problem(typeSystems.isEmpty() ? "the archive has no " + TYPE_SYSTEM_FILE + " for its XMI files"
					: "the archive has " + typeSystems.size() + " type systems (" + String.join(", ", typeSystems) + "); an import reads one");
		}
		return typeSystems.get(0);
	}
}
