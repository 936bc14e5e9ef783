export declare const root: string;
export declare function prismaEnv(extra?: Record<string, string>): NodeJS.ProcessEnv;
