; ModuleID = 'attention'
source_filename = "attention"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_0(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 3, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = bitcast i8** %pointers to i8*
  %5 = call i1 @eptc_check_1(i8* %4)
  br i1 %5, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 4

valid:                                            ; preds = %entry
  %6 = getelementptr inbounds i8*, i8** %0, i64 0
  %7 = load i8*, i8** %6, align 8
  %8 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %7, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %0, i64 31
  %10 = load i8*, i8** %9, align 8
  %11 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %10, i8** %11, align 8
  %12 = getelementptr inbounds i8*, i8** %0, i64 34
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %13, i8** %14, align 8
  %15 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %15, i64 0, i64 16)
  %16 = getelementptr inbounds i8*, i8** %0, i64 34
  %17 = load i8*, i8** %16, align 8
  %18 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %17, i8** %18, align 8
  %19 = getelementptr inbounds i8*, i8** %0, i64 2
  %20 = load i8*, i8** %19, align 8
  %21 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %20, i8** %21, align 8
  %22 = getelementptr inbounds i8*, i8** %0, i64 34
  %23 = load i8*, i8** %22, align 8
  %24 = getelementptr inbounds i8, i8* %23, i64 1024
  %25 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %24, i8** %25, align 8
  %26 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %26, i64 0, i64 16)
  %27 = getelementptr inbounds i8*, i8** %0, i64 34
  %28 = load i8*, i8** %27, align 8
  %29 = getelementptr inbounds i8, i8* %28, i64 1024
  %30 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %29, i8** %30, align 8
  %31 = getelementptr inbounds i8*, i8** %0, i64 3
  %32 = load i8*, i8** %31, align 8
  %33 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %32, i8** %33, align 8
  %34 = getelementptr inbounds i8*, i8** %0, i64 34
  %35 = load i8*, i8** %34, align 8
  %36 = getelementptr inbounds i8, i8* %35, i64 2048
  %37 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %36, i8** %37, align 8
  %38 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %38, i64 0, i64 16)
  %39 = getelementptr inbounds i8*, i8** %0, i64 34
  %40 = load i8*, i8** %39, align 8
  %41 = getelementptr inbounds i8, i8* %40, i64 3072
  %42 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %41, i8** %42, align 8
  %43 = getelementptr inbounds i8*, i8** %0, i64 34
  %44 = load i8*, i8** %43, align 8
  %45 = getelementptr inbounds i8, i8* %44, i64 2048
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 34
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 1024
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %50, i8** %51, align 8
  %52 = getelementptr inbounds i8*, i8** %0, i64 4
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %53, i8** %54, align 8
  %55 = getelementptr inbounds i8*, i8** %0, i64 34
  %56 = load i8*, i8** %55, align 8
  %57 = getelementptr inbounds i8, i8* %56, i64 2048
  %58 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %57, i8** %58, align 8
  %59 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %59, i64 0, i64 16)
  %60 = getelementptr inbounds i8*, i8** %0, i64 34
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 4096
  %63 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %62, i8** %63, align 8
  %64 = getelementptr inbounds i8*, i8** %0, i64 34
  %65 = load i8*, i8** %64, align 8
  %66 = getelementptr inbounds i8, i8* %65, i64 2048
  %67 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %66, i8** %67, align 8
  %68 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %68, i64 0, i64 2)
  %69 = getelementptr inbounds i8*, i8** %0, i64 34
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8, i8* %70, i64 1024
  %72 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %71, i8** %72, align 8
  %73 = getelementptr inbounds i8*, i8** %0, i64 5
  %74 = load i8*, i8** %73, align 8
  %75 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %74, i8** %75, align 8
  %76 = getelementptr inbounds i8*, i8** %0, i64 34
  %77 = load i8*, i8** %76, align 8
  %78 = getelementptr inbounds i8, i8* %77, i64 2048
  %79 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %78, i8** %79, align 8
  %80 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %80, i64 0, i64 16)
  %81 = getelementptr inbounds i8*, i8** %0, i64 34
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 1024
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %83, i8** %84, align 8
  %85 = getelementptr inbounds i8*, i8** %0, i64 34
  %86 = load i8*, i8** %85, align 8
  %87 = getelementptr inbounds i8, i8* %86, i64 2048
  %88 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %87, i8** %88, align 8
  %89 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %89, i64 0, i64 2)
  %90 = getelementptr inbounds i8*, i8** %0, i64 34
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 3072
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 34
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8, i8* %95, i64 4096
  %97 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %96, i8** %97, align 8
  %98 = getelementptr inbounds i8*, i8** %0, i64 34
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8, i8* %99, i64 2048
  %101 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %100, i8** %101, align 8
  %102 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %102, i64 0, i64 32)
  %103 = getelementptr inbounds i8*, i8** %0, i64 34
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8, i8* %104, i64 2048
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %105, i8** %106, align 8
  %107 = getelementptr inbounds i8*, i8** %0, i64 34
  %108 = load i8*, i8** %107, align 8
  %109 = getelementptr inbounds i8, i8* %108, i64 3072
  %110 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %109, i8** %110, align 8
  %111 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %111, i64 0, i64 32)
  %112 = getelementptr inbounds i8*, i8** %0, i64 34
  %113 = load i8*, i8** %112, align 8
  %114 = getelementptr inbounds i8, i8* %113, i64 3072
  %115 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %114, i8** %115, align 8
  %116 = getelementptr inbounds i8*, i8** %0, i64 34
  %117 = load i8*, i8** %116, align 8
  %118 = getelementptr inbounds i8, i8* %117, i64 1024
  %119 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %118, i8** %119, align 8
  %120 = getelementptr inbounds i8*, i8** %0, i64 34
  %121 = load i8*, i8** %120, align 8
  %122 = getelementptr inbounds i8, i8* %121, i64 2048
  %123 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %122, i8** %123, align 8
  %124 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %124, i64 0, i64 32)
  %125 = getelementptr inbounds i8*, i8** %0, i64 34
  %126 = load i8*, i8** %125, align 8
  %127 = getelementptr inbounds i8, i8* %126, i64 2048
  %128 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %127, i8** %128, align 8
  %129 = getelementptr inbounds i8*, i8** %0, i64 6
  %130 = load i8*, i8** %129, align 8
  %131 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %130, i8** %131, align 8
  %132 = getelementptr inbounds i8*, i8** %0, i64 34
  %133 = load i8*, i8** %132, align 8
  %134 = getelementptr inbounds i8, i8* %133, i64 3072
  %135 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %134, i8** %135, align 8
  %136 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %136, i64 0, i64 16)
  %137 = getelementptr inbounds i8*, i8** %0, i64 34
  %138 = load i8*, i8** %137, align 8
  %139 = getelementptr inbounds i8, i8* %138, i64 3072
  %140 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %139, i8** %140, align 8
  %141 = getelementptr inbounds i8*, i8** %0, i64 34
  %142 = load i8*, i8** %141, align 8
  %143 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %142, i8** %143, align 8
  %144 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %144, i64 0, i64 1)
  %145 = getelementptr inbounds i8*, i8** %0, i64 34
  %146 = load i8*, i8** %145, align 8
  %147 = getelementptr inbounds i8, i8* %146, i64 3072
  %148 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %147, i8** %148, align 8
  %149 = getelementptr inbounds i8*, i8** %0, i64 7
  %150 = load i8*, i8** %149, align 8
  %151 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %150, i8** %151, align 8
  %152 = getelementptr inbounds i8*, i8** %0, i64 34
  %153 = load i8*, i8** %152, align 8
  %154 = getelementptr inbounds i8, i8* %153, i64 2048
  %155 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %154, i8** %155, align 8
  %156 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %156, i64 0, i64 16)
  %157 = getelementptr inbounds i8*, i8** %0, i64 34
  %158 = load i8*, i8** %157, align 8
  %159 = getelementptr inbounds i8, i8* %158, i64 2048
  %160 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %159, i8** %160, align 8
  %161 = getelementptr inbounds i8*, i8** %0, i64 8
  %162 = load i8*, i8** %161, align 8
  %163 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %162, i8** %163, align 8
  %164 = getelementptr inbounds i8*, i8** %0, i64 34
  %165 = load i8*, i8** %164, align 8
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %165, i8** %166, align 8
  %167 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %167, i64 0, i64 16)
  %168 = getelementptr inbounds i8*, i8** %0, i64 34
  %169 = load i8*, i8** %168, align 8
  %170 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %169, i8** %170, align 8
  %171 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %171, i64 0, i64 1)
  %172 = getelementptr inbounds i8*, i8** %0, i64 34
  %173 = load i8*, i8** %172, align 8
  %174 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %173, i8** %174, align 8
  %175 = getelementptr inbounds i8*, i8** %0, i64 9
  %176 = load i8*, i8** %175, align 8
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 34
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8, i8* %179, i64 2048
  %181 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %180, i8** %181, align 8
  %182 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %182, i64 0, i64 16)
  %183 = getelementptr inbounds i8*, i8** %0, i64 34
  %184 = load i8*, i8** %183, align 8
  %185 = getelementptr inbounds i8, i8* %184, i64 2048
  %186 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %185, i8** %186, align 8
  %187 = getelementptr inbounds i8*, i8** %0, i64 34
  %188 = load i8*, i8** %187, align 8
  %189 = getelementptr inbounds i8, i8* %188, i64 3072
  %190 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %189, i8** %190, align 8
  %191 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %191, i64 0, i64 1)
  %192 = getelementptr inbounds i8*, i8** %0, i64 34
  %193 = load i8*, i8** %192, align 8
  %194 = getelementptr inbounds i8, i8* %193, i64 2048
  %195 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %194, i8** %195, align 8
  %196 = getelementptr inbounds i8*, i8** %0, i64 34
  %197 = load i8*, i8** %196, align 8
  %198 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %197, i8** %198, align 8
  %199 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %199, i64 0, i64 2)
  %200 = getelementptr inbounds i8*, i8** %0, i64 34
  %201 = load i8*, i8** %200, align 8
  %202 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %201, i8** %202, align 8
  %203 = getelementptr inbounds i8*, i8** %0, i64 1
  %204 = load i8*, i8** %203, align 8
  %205 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %204, i8** %205, align 8
  %206 = getelementptr inbounds i8*, i8** %0, i64 34
  %207 = load i8*, i8** %206, align 8
  %208 = getelementptr inbounds i8, i8* %207, i64 128
  %209 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %208, i8** %209, align 8
  %210 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %210, i64 0, i64 2)
  %211 = getelementptr inbounds i8*, i8** %0, i64 32
  %212 = load i8*, i8** %211, align 8
  %213 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %212, i8** %213, align 8
  %214 = bitcast i8** %pointers to i8*
  %215 = call i1 @eptc_check_2(i8* %214)
  br i1 %215, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 35

valid2:                                           ; preds = %valid
  %216 = getelementptr inbounds i8*, i8** %0, i64 34
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8, i8* %217, i64 128
  %219 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %218, i8** %219, align 8
  %220 = getelementptr inbounds i8*, i8** %0, i64 32
  %221 = load i8*, i8** %220, align 8
  %222 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %221, i8** %222, align 8
  %223 = getelementptr inbounds i8*, i8** %0, i64 34
  %224 = load i8*, i8** %223, align 8
  %225 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %224, i8** %225, align 8
  %226 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %226, i64 0, i64 2)
  %227 = getelementptr inbounds i8*, i8** %0, i64 32
  %228 = load i8*, i8** %227, align 8
  %229 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %228, i8** %229, align 8
  %230 = getelementptr inbounds i8*, i8** %0, i64 34
  %231 = load i8*, i8** %230, align 8
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 33
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %234, i8** %235, align 8
  %236 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %236, i64 0, i64 1)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %11, %checked ]
  %5 = icmp slt i64 %i, 16
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 50
  %10 = or i1 %8, %9
  br i1 %10, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %11 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = sext i32 %15 to i64
  %17 = mul i64 %16, 16
  %18 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = add i64 %18, %i4
  %24 = getelementptr inbounds float, float* %12, i64 %23
  store float %22, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %93, %exit19 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %64, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %27, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %33, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %39, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %51, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %57, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %63, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = fadd float %acc, %20
  %22 = add i64 %i4, 1
  %23 = add i64 %14, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fmul float %25, %25
  %27 = fadd float %acc5, %26
  %28 = add i64 %i4, 2
  %29 = add i64 %14, %28
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %31, %31
  %33 = fadd float %acc6, %32
  %34 = add i64 %i4, 3
  %35 = add i64 %14, %34
  %36 = getelementptr inbounds float, float* %6, i64 %35
  %37 = load float, float* %36, align 4
  %38 = fmul float %37, %37
  %39 = fadd float %acc7, %38
  %40 = add i64 %i4, 4
  %41 = add i64 %14, %40
  %42 = getelementptr inbounds float, float* %6, i64 %41
  %43 = load float, float* %42, align 4
  %44 = fmul float %43, %43
  %45 = fadd float %acc8, %44
  %46 = add i64 %i4, 5
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fmul float %49, %49
  %51 = fadd float %acc9, %50
  %52 = add i64 %i4, 6
  %53 = add i64 %14, %52
  %54 = getelementptr inbounds float, float* %6, i64 %53
  %55 = load float, float* %54, align 4
  %56 = fmul float %55, %55
  %57 = fadd float %acc10, %56
  %58 = add i64 %i4, 7
  %59 = add i64 %14, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fmul float %61, %61
  %63 = fadd float %acc11, %62
  %64 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %65 = fadd float %acc, %acc5
  %66 = fadd float %acc6, %acc7
  %67 = fadd float %acc8, %acc9
  %68 = fadd float %acc10, %acc11
  %69 = fadd float %65, %66
  %70 = fadd float %67, %68
  %71 = fadd float %69, %70
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %78, %body13 ]
  %acc16 = phi float [ %71, %exit3 ], [ %77, %body13 ]
  %72 = icmp slt i64 %i15, 16
  br i1 %72, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %73 = add i64 %14, %i15
  %74 = getelementptr inbounds float, float* %6, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %75, %75
  %77 = fadd float %acc16, %76
  %78 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %79 = fdiv float %acc16, 1.600000e+01
  %80 = fadd float %79, 0x3EB0C6F7A0000000
  %81 = call float @llvm.sqrt.f32(float %80)
  %82 = fdiv float 1.000000e+00, %81
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %92, %body18 ]
  %83 = icmp slt i64 %i20, 16
  br i1 %83, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %84 = add i64 %14, %i20
  %85 = getelementptr inbounds float, float* %6, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %86, %82
  %88 = getelementptr inbounds float, float* %9, i64 %i20
  %89 = load float, float* %88, align 4
  %90 = fmul float %87, %89
  %91 = getelementptr inbounds float, float* %12, i64 %84
  store float %90, float* %91, align 4
  %92 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %93 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %20, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 2
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 64
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 16
  %25 = add i64 %19, %24
  br label %loop9

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %33, %body10 ]
  %27 = icmp slt i64 %i12, 8
  br i1 %27, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %28 = add i64 %23, %i12
  %29 = add i64 %25, %i12
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %6, i64 %28
  store float %31, float* %32, align 4
  %33 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %34 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %14, 64
  %19 = mul i64 %15, 8
  %20 = add i64 %18, %19
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %17, %22
  br label %loop5

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %35, %body6 ]
  %25 = icmp slt i64 %i8, 8
  br i1 %25, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %26 = mul i64 %15, 8
  %27 = add i64 %26, %i8
  %28 = add i64 %16, %27
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = add i64 %23, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %30, %33
  %35 = fadd float %acc, %34
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %20, %i4
  %38 = getelementptr inbounds float, float* %12, i64 %37
  store float %acc, float* %38, align 4
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit20, %entry
  %i = phi i64 [ %1, %entry ], [ %82, %exit20 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 8
  %12 = mul i64 %i, 8
  %13 = add i64 0, %12
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = add i64 %13, %i4
  %16 = getelementptr inbounds float, float* %6, i64 %15
  %17 = load float, float* %16, align 4
  %18 = add i64 %11, %i4
  %19 = fmul float %17, 0x3FD6A09E60000000
  %20 = add i64 %11, %i4
  %21 = getelementptr inbounds float, float* %9, i64 %20
  store float %19, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = getelementptr inbounds float, float* %9, i64 %11
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %31, %body6 ]
  %acc = phi float [ 0xFFF0000000000000, %exit3 ], [ %30, %body6 ]
  %24 = icmp slt i64 %i8, 8
  br i1 %24, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %25 = getelementptr inbounds float, float* %23, i64 %i8
  %26 = load float, float* %25, align 4
  %27 = fcmp uno float %acc, %26
  %28 = fcmp ogt float %26, %acc
  %29 = select i1 %28, float %26, float %acc
  %30 = select i1 %27, float 0x7FF8000000000000, float %29
  %31 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %67, %body10 ]
  %32 = icmp slt i64 %i12, 8
  br i1 %32, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %33 = add i64 %11, %i12
  %34 = getelementptr inbounds float, float* %9, i64 %33
  %35 = load float, float* %34, align 4
  %36 = fsub float %35, %acc
  %37 = fcmp oge float %36, -1.100000e+02
  %38 = select i1 %37, float %36, float -1.100000e+02
  %39 = fcmp ole float %38, 1.000000e+02
  %40 = select i1 %39, float %38, float 1.000000e+02
  %41 = fmul float %40, 0x3FF7154760000000
  %42 = call float @llvm.rint.f32(float %41)
  %43 = call float @llvm.fmuladd.f32(float %42, float 0xBFE6300000000000, float %40)
  %44 = call float @llvm.fmuladd.f32(float %42, float 0x3F2BD01060000000, float %43)
  %45 = fmul float %44, %44
  %46 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %44, float 0x3F81239880000000)
  %47 = call float @llvm.fmuladd.f32(float %46, float %44, float 0x3FA5558AE0000000)
  %48 = call float @llvm.fmuladd.f32(float %47, float %44, float 0x3FC5554920000000)
  %49 = call float @llvm.fmuladd.f32(float %48, float %44, float 0x3FDFFFFFC0000000)
  %50 = call float @llvm.fmuladd.f32(float %45, float %49, float %44)
  %51 = fadd float %50, 1.000000e+00
  %52 = fptosi float %42 to i32
  %53 = ashr i32 %52, 1
  %54 = sub i32 %52, %53
  %55 = add i32 %53, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %51, %57
  %59 = add i32 %54, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %58, %61
  %63 = fcmp uno float %36, %36
  %64 = select i1 %63, float %36, float %62
  %65 = add i64 %11, %i12
  %66 = getelementptr inbounds float, float* %9, i64 %65
  store float %64, float* %66, align 4
  %67 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %68 = getelementptr inbounds float, float* %9, i64 %11
  br label %loop13

loop13:                                           ; preds = %body14, %exit11
  %i16 = phi i64 [ 0, %exit11 ], [ %73, %body14 ]
  %acc17 = phi float [ 0.000000e+00, %exit11 ], [ %72, %body14 ]
  %69 = icmp slt i64 %i16, 8
  br i1 %69, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %70 = getelementptr inbounds float, float* %68, i64 %i16
  %71 = load float, float* %70, align 4
  %72 = fadd float %acc17, %71
  %73 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  br label %loop18

loop18:                                           ; preds = %body19, %exit15
  %i21 = phi i64 [ 0, %exit15 ], [ %81, %body19 ]
  %74 = icmp slt i64 %i21, 8
  br i1 %74, label %body19, label %exit20

body19:                                           ; preds = %loop18
  %75 = add i64 %11, %i21
  %76 = getelementptr inbounds float, float* %9, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fdiv float %77, %acc17
  %79 = add i64 %11, %i21
  %80 = getelementptr inbounds float, float* %9, i64 %79
  store float %78, float* %80, align 4
  %81 = add i64 %i21, 1
  br label %loop18

exit20:                                           ; preds = %loop18
  %82 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %35, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = sdiv i64 %14, 2
  %19 = srem i64 %14, 2
  %20 = mul i64 %18, 128
  %21 = mul i64 %19, 8
  %22 = add i64 %20, %21
  %23 = mul i64 %15, 16
  %24 = add i64 %22, %23
  %25 = getelementptr inbounds float, float* %12, i64 %24
  %26 = bitcast float* %25 to i8*
  call void @llvm.memset.p0i8.i64(i8* %26, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %46, %exit7 ]
  %27 = icmp slt i64 %i4, 8
  br i1 %27, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %28 = mul i64 %15, 8
  %29 = add i64 %28, %i4
  %30 = add i64 %16, %29
  %31 = getelementptr inbounds float, float* %6, i64 %30
  %32 = load float, float* %31, align 4
  %33 = mul i64 %i4, 8
  %34 = add i64 %17, %33
  br label %loop5

exit3:                                            ; preds = %loop1
  %35 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %45, %body6 ]
  %36 = icmp slt i64 %i8, 8
  br i1 %36, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %37 = add i64 %24, %i8
  %38 = add i64 %34, %i8
  %39 = getelementptr inbounds float, float* %9, i64 %38
  %40 = load float, float* %39, align 4
  %41 = getelementptr inbounds float, float* %12, i64 %37
  %42 = load float, float* %41, align 4
  %43 = call float @llvm.fmuladd.f32(float %32, float %40, float %42)
  %44 = getelementptr inbounds float, float* %12, i64 %37
  store float %43, float* %44, align 4
  %45 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %46 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_9(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_11(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 128
  %19 = mul i64 %15, 16
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 16
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 16
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_12(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit15, %entry
  %i = phi i64 [ %1, %entry ], [ %45, %exit15 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = sdiv i64 %i, 1
  %12 = srem i64 %i, 1
  %13 = mul i64 %11, 16
  %14 = mul i64 %12, 256
  %15 = add i64 %13, %14
  %16 = mul i64 %12, 256
  %17 = icmp slt i64 %16, -240
  %18 = mul i64 %12, 256
  %19 = add i64 %18, 256
  %20 = select i1 %17, i64 %19, i64 16
  %21 = add i64 %13, %20
  %22 = mul i64 %11, 112
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %15, %body ], [ %25, %body2 ]
  %23 = icmp slt i64 %i4, %21
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = getelementptr inbounds float, float* %9, i64 %i4
  store float 0.000000e+00, float* %24, align 4
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %exit11, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %38, %exit11 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %i8, 16
  %28 = add i64 %22, %27
  br label %loop9

exit7:                                            ; preds = %loop5
  br label %loop13

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ %15, %body6 ], [ %37, %body10 ]
  %29 = icmp slt i64 %i12, %21
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = getelementptr inbounds float, float* %9, i64 %i12
  %31 = load float, float* %30, align 4
  %32 = add i64 %28, %i12
  %33 = getelementptr inbounds float, float* %6, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fadd float %31, %34
  %36 = getelementptr inbounds float, float* %9, i64 %i12
  store float %35, float* %36, align 4
  %37 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %38 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %exit7
  %i16 = phi i64 [ %15, %exit7 ], [ %44, %body14 ]
  %39 = icmp slt i64 %i16, %21
  br i1 %39, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %40 = getelementptr inbounds float, float* %9, i64 %i16
  %41 = load float, float* %40, align 4
  %42 = fdiv float %41, 8.000000e+00
  %43 = getelementptr inbounds float, float* %9, i64 %i16
  store float %42, float* %43, align 4
  %44 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %45 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_13(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 6
  %19 = mul i64 %15, 3
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 3
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 3
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_2(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 2
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 3
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_14(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 3
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 3
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 3
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
