/**
 */
package org.hashiya.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Article</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.hashiya.model.Article#getId <em>Id</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getTitle <em>Title</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getSource <em>Source</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getText <em>Text</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.hashiya.model.Article#getAnnotationSets <em>Annotation Sets</em>}</li>
 * </ul>
 *
 * @see org.hashiya.model.HashiyaPackage#getArticle()
 * @model
 * @generated
 */
public interface Article extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the text came from: a file name, a URL or a feed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * The default value is <code>"ar"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_Language()
	 * @model default="ar"
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_Text()
	 * @model required="true"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SHA-256 of the text's UTF-8 bytes, lower-case hex; annotation sets record it so that a changed text is detected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.hashiya.model.HashiyaPackage#getArticle_TextHash()
	 * @model
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.hashiya.model.Article#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Annotation Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.hashiya.model.AnnotationSet}.
	 * It is bidirectional and its opposite is '{@link org.hashiya.model.AnnotationSet#getArticle <em>Article</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotation Sets</em>' containment reference list.
	 * @see org.hashiya.model.HashiyaPackage#getArticle_AnnotationSets()
	 * @see org.hashiya.model.AnnotationSet#getArticle
	 * @model opposite="article" containment="true"
	 * @generated
	 */
	EList<AnnotationSet> getAnnotationSets();

} // Article
