package org.hashiya.uima.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.collection.CollectionReader;
import org.apache.uima.collection.CollectionReaderDescription;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.resource.ResourceManager;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.io.conll.Conll2002Reader;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.xmi.XmiReader;

import de.tudarmstadt.ukp.dkpro.core.api.lexmorph.type.pos.POS;
import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;
import de.tudarmstadt.ukp.dkpro.core.api.syntax.type.dependency.Dependency;

/**
 * DKPro Core 2.5.0's own readers over exported files, set up as a DKPro pipeline sets them up:
 * with the types DKPro's jars declare, found as uimaFIT finds them (each jar's
 * {@code META-INF/org.apache.uima.fit/types.txt}), and a resource manager that sees DKPro's JCas
 * classes, which under OSGi only this fragment's class loader does.
 */
final class DkproReaders {

	/** Handles one document a reader produced; the CAS is reused for the next one. */
	@FunctionalInterface
	interface Document {
		void read(CAS cas) throws Exception;
	}

	/** DKPro's type modules the readers need, each named by one of its classes. */
	private static final List<Class<?>> TYPE_MODULES = List.of(DocumentMetaData.class, Token.class, POS.class, Dependency.class, NamedEntity.class);
	private static final String TYPE_LIST = "/META-INF/org.apache.uima.fit/types.txt";
	private static final String DESCRIPTOR_PREFIX = "classpath*:";

	private DkproReaders() {
	}

	/** @return DKPro Core's type system, read from its own descriptors */
	static TypeSystemDescription typeSystem() throws Exception {
		List<TypeSystemDescription> descriptions = new ArrayList<>();
		for (Class<?> module : TYPE_MODULES) {
			for (String line : resource(module, TYPE_LIST).lines().map(String::strip).filter(line -> line.startsWith(DESCRIPTOR_PREFIX)).toList()) {
				// types.txt may name descriptors a jar does not hold (lexmorph names TweetPOS.xml); uimaFIT skips them too.
				URL descriptor = module.getResource("/" + line.substring(DESCRIPTOR_PREFIX.length()));
				if (descriptor != null) {
					descriptions.add(UIMAFramework.getXMLParser().parseTypeSystemDescription(new XMLInputSource(descriptor)));
				}
			}
		}
		return CasCreationUtils.mergeTypeSystems(descriptions);
	}

	/**
	 * @param location  a folder, or {@code jar:file:…zip!/} for an archive
	 * @param parameters more {@link XmiReader} parameters, name then value
	 */
	static CollectionReaderDescription xmiReader(String location, Object... parameters) throws Exception {
		return reader(XmiReader.class, location, "*.xmi", parameters);
	}

	static CollectionReaderDescription conll2002Reader(String location) throws Exception {
		return reader(Conll2002Reader.class, location, "*.conll");
	}

	static CollectionReaderDescription conll2003Reader(String location) throws Exception {
		return reader(Conll2003Reader.class, location, "*.conll");
	}

	/** Runs {@code description} to the end, handing every document to {@code document}. */
	static void readAll(CollectionReaderDescription description, Document document) throws Exception {
		ResourceManager resources = UIMAFramework.newDefaultResourceManager();
		resources.setExtensionClassLoader(DkproReaders.class.getClassLoader(), true);
		CollectionReader reader = UIMAFramework.produceCollectionReader(description, resources, null);
		try {
			CAS cas = CasCreationUtils.createCas(List.of(reader.getProcessingResourceMetaData()), null, resources);
			while (reader.hasNext()) {
				reader.getNext(cas);
				document.read(cas);
				cas.reset();
			}
		} finally {
			reader.destroy();
		}
	}

	private static CollectionReaderDescription reader(Class<? extends CollectionReader> readerClass, String location, String pattern, Object... parameters)
			throws Exception {
		List<Object> all = new ArrayList<>(List.of(XmiReader.PARAM_SOURCE_LOCATION, location, XmiReader.PARAM_PATTERNS, pattern));
		all.addAll(List.of(parameters));
		return CollectionReaderFactory.createReaderDescription(readerClass, typeSystem(), all.toArray());
	}

	private static String resource(Class<?> module, String name) throws IOException {
		try (InputStream in = module.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(name + " is missing from the DKPro jar of " + module.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
