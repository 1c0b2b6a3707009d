// Runs the loader through import(), where it has no document.currentScript to find its files by.
import('/pkg/strike-explainer.js').catch(function (e) {
  console.error('import failed: ' + e);
});
