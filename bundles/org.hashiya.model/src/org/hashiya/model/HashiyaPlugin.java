package org.hashiya.model;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;

/**
 * The resource locator of this bundle: it reads plugin.properties, where the validator's messages are.
 *
 * <p>EMF generates such a class only when the genmodel names a model plugin class, and then with an Eclipse
 * {@code Plugin} implementation that needs org.eclipse.core.runtime. The model bundle stays headless, so this one has
 * none: without it {@link EMFPlugin} finds plugin.properties from the location of this class, in an OSGi bundle as on
 * a plain class path.</p>
 */
public final class HashiyaPlugin extends EMFPlugin {

	public static final HashiyaPlugin INSTANCE = new HashiyaPlugin();

	private HashiyaPlugin() {
		super(new ResourceLocator[0]);
	}

	@Override
	public ResourceLocator getPluginResourceLocator() {
		return null;
	}
}
