import type { Language } from "../../registry/types.js";
import { csharp } from "./csharp.js";
import { go } from "./go.js";
import { java } from "./java.js";
import { javascript } from "./javascript.js";
import { python } from "./python.js";
import { ruby } from "./ruby.js";
import type { LanguageHelpers } from "./types.js";

export const LANGUAGES: Record<Language, LanguageHelpers> = { python, javascript, java, go, ruby, csharp };
