print("backlog")
