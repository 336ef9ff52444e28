// The article editor island (TipTap); mounted on the article edit page. Placeholder until built.
export {};
