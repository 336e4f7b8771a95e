export declare const defaultHead: string;
export declare const todoElements: Record<string, unknown>;
/** A store with `count` todos; `seed` varies the text so stores differ between renders. */
export declare function todoStore(count: number, seed: number): {
    todos: {
        id: string;
        title: string;
        completed: boolean;
    }[];
};
