export const EXPLANATIONS_PATH = '/giai-trinh';
export const EXPLANATION_PATH = '/giai-trinh/:id';

export const explanationPath = (id: string) => `/giai-trinh/${id}`;
