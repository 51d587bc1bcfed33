/**
 */
package org.hashiya.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.hashiya.model.AnnotationSet;
import org.hashiya.model.Article;
import org.hashiya.model.HashiyaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.hashiya.model.impl.ArticleImpl#getAnnotationSets <em>Annotation Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ArticleImpl extends MinimalEObjectImpl.Container implements Article {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = "ar";

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected String textHash = TEXT_HASH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnnotationSets() <em>Annotation Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotationSets()
	 * @generated
	 * @ordered
	 */
	protected EList<AnnotationSet> annotationSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArticleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HashiyaPackage.Literals.ARTICLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextHash() {
		return textHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextHash(String newTextHash) {
		String oldTextHash = textHash;
		textHash = newTextHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HashiyaPackage.ARTICLE__TEXT_HASH, oldTextHash, textHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AnnotationSet> getAnnotationSets() {
		if (annotationSets == null) {
			annotationSets = new EObjectContainmentWithInverseEList<AnnotationSet>(AnnotationSet.class, this, HashiyaPackage.ARTICLE__ANNOTATION_SETS, HashiyaPackage.ANNOTATION_SET__ARTICLE);
		}
		return annotationSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAnnotationSets()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				return ((InternalEList<?>)getAnnotationSets()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ID:
				return getId();
			case HashiyaPackage.ARTICLE__TITLE:
				return getTitle();
			case HashiyaPackage.ARTICLE__SOURCE:
				return getSource();
			case HashiyaPackage.ARTICLE__LANGUAGE:
				return getLanguage();
			case HashiyaPackage.ARTICLE__TEXT:
				return getText();
			case HashiyaPackage.ARTICLE__TEXT_HASH:
				return getTextHash();
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				return getAnnotationSets();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ID:
				setId((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__TITLE:
				setTitle((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__SOURCE:
				setSource((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__TEXT:
				setText((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__TEXT_HASH:
				setTextHash((String)newValue);
				return;
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				getAnnotationSets().clear();
				getAnnotationSets().addAll((Collection<? extends AnnotationSet>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ID:
				setId(ID_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__TEXT_HASH:
				setTextHash(TEXT_HASH_EDEFAULT);
				return;
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				getAnnotationSets().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HashiyaPackage.ARTICLE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case HashiyaPackage.ARTICLE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case HashiyaPackage.ARTICLE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case HashiyaPackage.ARTICLE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case HashiyaPackage.ARTICLE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case HashiyaPackage.ARTICLE__TEXT_HASH:
				return TEXT_HASH_EDEFAULT == null ? textHash != null : !TEXT_HASH_EDEFAULT.equals(textHash);
			case HashiyaPackage.ARTICLE__ANNOTATION_SETS:
				return annotationSets != null && !annotationSets.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", title: ");
		result.append(title);
		result.append(", source: ");
		result.append(source);
		result.append(", language: ");
		result.append(language);
		result.append(", text: ");
		result.append(text);
		result.append(", textHash: ");
		result.append(textHash);
		result.append(')');
		return result.toString();
	}

} //ArticleImpl
