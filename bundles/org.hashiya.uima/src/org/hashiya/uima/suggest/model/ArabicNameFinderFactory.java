package org.hashiya.uima.suggest.model;

import java.util.HashMap;
import java.util.Map;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;

/**
 * OpenNLP's name finder factory with the {@link ArabicFeatureGenerator} features (and OpenNLP's
 * own previous-outcome ones) instead of its default feature set, for models kept in memory.
 *
 * <p>OpenNLP means factories to be re-created by class name when a model is built or loaded,
 * which fails under OSGi, where OpenNLP's bundle cannot see this class. So the model
 * {@code NameFinderME.train} builds records OpenNLP's own factory class, and {@link #finder}
 * puts this factory back for finding names.</p>
 */
final class ArabicNameFinderFactory extends TokenNameFinderFactory {

	/** The manifest key under which a model records its factory class (OpenNLP's {@code BaseModel.FACTORY_NAME}). */
	private static final String FACTORY_NAME = "factory";

	@Override
	public NameContextGenerator createContextGenerator() {
		// cached: the beam search asks for the features of each token once per hypothesis
		return new DefaultNameContextGenerator(new CachedFeatureGenerator(new ArabicFeatureGenerator()));
	}

	@Override
	public Map<String, String> createManifestEntries() {
		Map<String, String> entries = new HashMap<>(super.createManifestEntries());
		entries.put(FACTORY_NAME, TokenNameFinderFactory.class.getName());
		return entries;
	}

	/**
	 * @return OpenNLP's own name finder for {@code trained} with this factory's features, which
	 *         {@link NameDecoder} is held to
	 */
	NameFinderME finder(TokenNameFinderModel trained) {
		return new NameFinderME(new WithThisFactory(trained));
	}

	/** The trained model, with this factory in place of the one it re-created by class name. */
	private final class WithThisFactory extends TokenNameFinderModel {

		WithThisFactory(TokenNameFinderModel trained) {
			super(trained.getLanguage(), trained.getNameFinderSequenceModel(), null, null, Map.of(), trained.getSequenceCodec(), null);
		}

		@Override
		public TokenNameFinderFactory getFactory() {
			return ArabicNameFinderFactory.this;
		}
	}
}
