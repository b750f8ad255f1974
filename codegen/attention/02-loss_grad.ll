; ModuleID = 'attention'
source_filename = "attention"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_2(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 4, align 8
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
  %12 = getelementptr inbounds i8*, i8** %0, i64 44
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 6144
  %15 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %14, i8** %15, align 8
  %16 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %16, i64 0, i64 16)
  %17 = getelementptr inbounds i8*, i8** %0, i64 44
  %18 = load i8*, i8** %17, align 8
  %19 = getelementptr inbounds i8, i8* %18, i64 6144
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = getelementptr inbounds i8*, i8** %0, i64 2
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 44
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 7168
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %28, i64 0, i64 16)
  %29 = getelementptr inbounds i8*, i8** %0, i64 44
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 7168
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 3
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 44
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %39, i64 0, i64 16)
  %40 = getelementptr inbounds i8*, i8** %0, i64 44
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 8192
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 44
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %47, i64 0, i64 2)
  %48 = getelementptr inbounds i8*, i8** %0, i64 44
  %49 = load i8*, i8** %48, align 8
  %50 = getelementptr inbounds i8, i8* %49, i64 7168
  %51 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %50, i8** %51, align 8
  %52 = getelementptr inbounds i8*, i8** %0, i64 4
  %53 = load i8*, i8** %52, align 8
  %54 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %53, i8** %54, align 8
  %55 = getelementptr inbounds i8*, i8** %0, i64 44
  %56 = load i8*, i8** %55, align 8
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %56, i8** %57, align 8
  %58 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %58, i64 0, i64 16)
  %59 = getelementptr inbounds i8*, i8** %0, i64 44
  %60 = load i8*, i8** %59, align 8
  %61 = getelementptr inbounds i8, i8* %60, i64 9216
  %62 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %61, i8** %62, align 8
  %63 = getelementptr inbounds i8*, i8** %0, i64 44
  %64 = load i8*, i8** %63, align 8
  %65 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %64, i8** %65, align 8
  %66 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %66, i64 0, i64 2)
  %67 = getelementptr inbounds i8*, i8** %0, i64 44
  %68 = load i8*, i8** %67, align 8
  %69 = getelementptr inbounds i8, i8* %68, i64 7168
  %70 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %69, i8** %70, align 8
  %71 = getelementptr inbounds i8*, i8** %0, i64 5
  %72 = load i8*, i8** %71, align 8
  %73 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %72, i8** %73, align 8
  %74 = getelementptr inbounds i8*, i8** %0, i64 44
  %75 = load i8*, i8** %74, align 8
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %77, i64 0, i64 16)
  %78 = getelementptr inbounds i8*, i8** %0, i64 44
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8, i8* %79, i64 10240
  %81 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %80, i8** %81, align 8
  %82 = getelementptr inbounds i8*, i8** %0, i64 44
  %83 = load i8*, i8** %82, align 8
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %85, i64 0, i64 2)
  %86 = getelementptr inbounds i8*, i8** %0, i64 44
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8, i8* %87, i64 8192
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 44
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8, i8* %91, i64 9216
  %93 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %92, i8** %93, align 8
  %94 = getelementptr inbounds i8*, i8** %0, i64 44
  %95 = load i8*, i8** %94, align 8
  %96 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %95, i8** %96, align 8
  %97 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %97, i64 0, i64 32)
  %98 = getelementptr inbounds i8*, i8** %0, i64 44
  %99 = load i8*, i8** %98, align 8
  %100 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %99, i8** %100, align 8
  %101 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %101, i64 0, i64 1)
  %102 = getelementptr inbounds i8*, i8** %0, i64 44
  %103 = load i8*, i8** %102, align 8
  %104 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %103, i8** %104, align 8
  %105 = getelementptr inbounds i8*, i8** %0, i64 44
  %106 = load i8*, i8** %105, align 8
  %107 = getelementptr inbounds i8, i8* %106, i64 11264
  %108 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %107, i8** %108, align 8
  %109 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %109, i64 0, i64 32)
  %110 = getelementptr inbounds i8*, i8** %0, i64 44
  %111 = load i8*, i8** %110, align 8
  %112 = getelementptr inbounds i8, i8* %111, i64 11264
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %112, i8** %113, align 8
  %114 = getelementptr inbounds i8*, i8** %0, i64 44
  %115 = load i8*, i8** %114, align 8
  %116 = getelementptr inbounds i8, i8* %115, i64 10240
  %117 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %116, i8** %117, align 8
  %118 = getelementptr inbounds i8*, i8** %0, i64 44
  %119 = load i8*, i8** %118, align 8
  %120 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %119, i8** %120, align 8
  %121 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %121, i64 0, i64 32)
  %122 = getelementptr inbounds i8*, i8** %0, i64 44
  %123 = load i8*, i8** %122, align 8
  %124 = getelementptr inbounds i8, i8* %123, i64 12288
  %125 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %124, i8** %125, align 8
  %126 = getelementptr inbounds i8*, i8** %0, i64 44
  %127 = load i8*, i8** %126, align 8
  %128 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %127, i8** %128, align 8
  %129 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %129, i64 0, i64 2)
  %130 = getelementptr inbounds i8*, i8** %0, i64 44
  %131 = load i8*, i8** %130, align 8
  %132 = getelementptr inbounds i8, i8* %131, i64 12288
  %133 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %132, i8** %133, align 8
  %134 = getelementptr inbounds i8*, i8** %0, i64 6
  %135 = load i8*, i8** %134, align 8
  %136 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %135, i8** %136, align 8
  %137 = getelementptr inbounds i8*, i8** %0, i64 44
  %138 = load i8*, i8** %137, align 8
  %139 = getelementptr inbounds i8, i8* %138, i64 13312
  %140 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %139, i8** %140, align 8
  %141 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %141, i64 0, i64 16)
  %142 = getelementptr inbounds i8*, i8** %0, i64 44
  %143 = load i8*, i8** %142, align 8
  %144 = getelementptr inbounds i8, i8* %143, i64 13312
  %145 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %144, i8** %145, align 8
  %146 = getelementptr inbounds i8*, i8** %0, i64 44
  %147 = load i8*, i8** %146, align 8
  %148 = getelementptr inbounds i8, i8* %147, i64 6144
  %149 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %148, i8** %149, align 8
  %150 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %150, i64 0, i64 1)
  %151 = getelementptr inbounds i8*, i8** %0, i64 44
  %152 = load i8*, i8** %151, align 8
  %153 = getelementptr inbounds i8, i8* %152, i64 13312
  %154 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %153, i8** %154, align 8
  %155 = getelementptr inbounds i8*, i8** %0, i64 7
  %156 = load i8*, i8** %155, align 8
  %157 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %156, i8** %157, align 8
  %158 = getelementptr inbounds i8*, i8** %0, i64 44
  %159 = load i8*, i8** %158, align 8
  %160 = getelementptr inbounds i8, i8* %159, i64 14336
  %161 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %160, i8** %161, align 8
  %162 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %162, i64 0, i64 16)
  %163 = getelementptr inbounds i8*, i8** %0, i64 44
  %164 = load i8*, i8** %163, align 8
  %165 = getelementptr inbounds i8, i8* %164, i64 14336
  %166 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %165, i8** %166, align 8
  %167 = getelementptr inbounds i8*, i8** %0, i64 8
  %168 = load i8*, i8** %167, align 8
  %169 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %168, i8** %169, align 8
  %170 = getelementptr inbounds i8*, i8** %0, i64 44
  %171 = load i8*, i8** %170, align 8
  %172 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %171, i8** %172, align 8
  %173 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_11(i8* %173, i64 0, i64 16)
  %174 = getelementptr inbounds i8*, i8** %0, i64 44
  %175 = load i8*, i8** %174, align 8
  %176 = getelementptr inbounds i8, i8* %175, i64 2048
  %177 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %176, i8** %177, align 8
  %178 = getelementptr inbounds i8*, i8** %0, i64 44
  %179 = load i8*, i8** %178, align 8
  %180 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %179, i8** %180, align 8
  %181 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_12(i8* %181, i64 0, i64 1)
  %182 = getelementptr inbounds i8*, i8** %0, i64 44
  %183 = load i8*, i8** %182, align 8
  %184 = getelementptr inbounds i8, i8* %183, i64 2048
  %185 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %184, i8** %185, align 8
  %186 = getelementptr inbounds i8*, i8** %0, i64 9
  %187 = load i8*, i8** %186, align 8
  %188 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %187, i8** %188, align 8
  %189 = getelementptr inbounds i8*, i8** %0, i64 44
  %190 = load i8*, i8** %189, align 8
  %191 = getelementptr inbounds i8, i8* %190, i64 4096
  %192 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %191, i8** %192, align 8
  %193 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_13(i8* %193, i64 0, i64 16)
  %194 = getelementptr inbounds i8*, i8** %0, i64 44
  %195 = load i8*, i8** %194, align 8
  %196 = getelementptr inbounds i8, i8* %195, i64 4096
  %197 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %196, i8** %197, align 8
  %198 = getelementptr inbounds i8*, i8** %0, i64 44
  %199 = load i8*, i8** %198, align 8
  %200 = getelementptr inbounds i8, i8* %199, i64 13312
  %201 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %200, i8** %201, align 8
  %202 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_10(i8* %202, i64 0, i64 1)
  %203 = getelementptr inbounds i8*, i8** %0, i64 44
  %204 = load i8*, i8** %203, align 8
  %205 = getelementptr inbounds i8, i8* %204, i64 4096
  %206 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %205, i8** %206, align 8
  %207 = getelementptr inbounds i8*, i8** %0, i64 44
  %208 = load i8*, i8** %207, align 8
  %209 = getelementptr inbounds i8, i8* %208, i64 5120
  %210 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %209, i8** %210, align 8
  %211 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_14(i8* %211, i64 0, i64 32)
  %212 = getelementptr inbounds i8*, i8** %0, i64 44
  %213 = load i8*, i8** %212, align 8
  %214 = getelementptr inbounds i8, i8* %213, i64 5120
  %215 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %214, i8** %215, align 8
  %216 = getelementptr inbounds i8*, i8** %0, i64 1
  %217 = load i8*, i8** %216, align 8
  %218 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %217, i8** %218, align 8
  %219 = getelementptr inbounds i8*, i8** %0, i64 44
  %220 = load i8*, i8** %219, align 8
  %221 = getelementptr inbounds i8, i8* %220, i64 4096
  %222 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %221, i8** %222, align 8
  %223 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_15(i8* %223, i64 0, i64 2)
  %224 = getelementptr inbounds i8*, i8** %0, i64 32
  %225 = load i8*, i8** %224, align 8
  %226 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %225, i8** %226, align 8
  %227 = bitcast i8** %pointers to i8*
  %228 = call i1 @eptc_check_2(i8* %227)
  br i1 %228, label %invalid1, label %valid2

invalid1:                                         ; preds = %valid
  ret i32 40

valid2:                                           ; preds = %valid
  %229 = getelementptr inbounds i8*, i8** %0, i64 44
  %230 = load i8*, i8** %229, align 8
  %231 = getelementptr inbounds i8, i8* %230, i64 4096
  %232 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %231, i8** %232, align 8
  %233 = getelementptr inbounds i8*, i8** %0, i64 32
  %234 = load i8*, i8** %233, align 8
  %235 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %234, i8** %235, align 8
  %236 = getelementptr inbounds i8*, i8** %0, i64 44
  %237 = load i8*, i8** %236, align 8
  %238 = getelementptr inbounds i8, i8* %237, i64 4160
  %239 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %238, i8** %239, align 8
  %240 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_16(i8* %240, i64 0, i64 2)
  %241 = getelementptr inbounds i8*, i8** %0, i64 32
  %242 = load i8*, i8** %241, align 8
  %243 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %242, i8** %243, align 8
  %244 = getelementptr inbounds i8*, i8** %0, i64 44
  %245 = load i8*, i8** %244, align 8
  %246 = getelementptr inbounds i8, i8* %245, i64 4160
  %247 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %246, i8** %247, align 8
  %248 = getelementptr inbounds i8*, i8** %0, i64 33
  %249 = load i8*, i8** %248, align 8
  %250 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %249, i8** %250, align 8
  %251 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_17(i8* %251, i64 0, i64 1)
  %252 = getelementptr inbounds i8*, i8** %0, i64 44
  %253 = load i8*, i8** %252, align 8
  %254 = getelementptr inbounds i8, i8* %253, i64 4160
  %255 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %254, i8** %255, align 8
  %256 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_18(i8* %256, i64 0, i64 1)
  %257 = getelementptr inbounds i8*, i8** %0, i64 32
  %258 = load i8*, i8** %257, align 8
  %259 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %258, i8** %259, align 8
  %260 = bitcast i8** %pointers to i8*
  %261 = call i1 @eptc_check_2(i8* %260)
  br i1 %261, label %invalid3, label %valid4

invalid3:                                         ; preds = %valid2
  ret i32 42

valid4:                                           ; preds = %valid2
  %262 = getelementptr inbounds i8*, i8** %0, i64 32
  %263 = load i8*, i8** %262, align 8
  %264 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %263, i8** %264, align 8
  %265 = getelementptr inbounds i8*, i8** %0, i64 44
  %266 = load i8*, i8** %265, align 8
  %267 = getelementptr inbounds i8, i8* %266, i64 4160
  %268 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %267, i8** %268, align 8
  %269 = getelementptr inbounds i8*, i8** %0, i64 44
  %270 = load i8*, i8** %269, align 8
  %271 = getelementptr inbounds i8, i8* %270, i64 4288
  %272 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %271, i8** %272, align 8
  %273 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_19(i8* %273, i64 0, i64 1)
  %274 = getelementptr inbounds i8*, i8** %0, i64 44
  %275 = load i8*, i8** %274, align 8
  %276 = getelementptr inbounds i8, i8* %275, i64 4096
  %277 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %276, i8** %277, align 8
  %278 = getelementptr inbounds i8*, i8** %0, i64 32
  %279 = load i8*, i8** %278, align 8
  %280 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %279, i8** %280, align 8
  %281 = getelementptr inbounds i8*, i8** %0, i64 44
  %282 = load i8*, i8** %281, align 8
  %283 = getelementptr inbounds i8, i8* %282, i64 4288
  %284 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %283, i8** %284, align 8
  %285 = getelementptr inbounds i8*, i8** %0, i64 44
  %286 = load i8*, i8** %285, align 8
  %287 = getelementptr inbounds i8, i8* %286, i64 4224
  %288 = getelementptr inbounds i8*, i8** %pointers, i64 3
  store i8* %287, i8** %288, align 8
  %289 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_20(i8* %289, i64 0, i64 2)
  %290 = getelementptr inbounds i8*, i8** %0, i64 44
  %291 = load i8*, i8** %290, align 8
  %292 = getelementptr inbounds i8, i8* %291, i64 4224
  %293 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %292, i8** %293, align 8
  %294 = getelementptr inbounds i8*, i8** %0, i64 1
  %295 = load i8*, i8** %294, align 8
  %296 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %295, i8** %296, align 8
  %297 = getelementptr inbounds i8*, i8** %0, i64 44
  %298 = load i8*, i8** %297, align 8
  %299 = getelementptr inbounds i8, i8* %298, i64 16384
  %300 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %299, i8** %300, align 8
  %301 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_21(i8* %301, i64 0, i64 2)
  %302 = getelementptr inbounds i8*, i8** %0, i64 44
  %303 = load i8*, i8** %302, align 8
  %304 = getelementptr inbounds i8, i8* %303, i64 5120
  %305 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %304, i8** %305, align 8
  %306 = getelementptr inbounds i8*, i8** %0, i64 44
  %307 = load i8*, i8** %306, align 8
  %308 = getelementptr inbounds i8, i8* %307, i64 4224
  %309 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %308, i8** %309, align 8
  %310 = getelementptr inbounds i8*, i8** %0, i64 35
  %311 = load i8*, i8** %310, align 8
  %312 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %311, i8** %312, align 8
  %313 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_22(i8* %313, i64 0, i64 16)
  %314 = getelementptr inbounds i8*, i8** %0, i64 44
  %315 = load i8*, i8** %314, align 8
  %316 = getelementptr inbounds i8, i8* %315, i64 16384
  %317 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %316, i8** %317, align 8
  %318 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_23(i8* %318, i64 0, i64 1)
  %319 = getelementptr inbounds i8*, i8** %0, i64 44
  %320 = load i8*, i8** %319, align 8
  %321 = getelementptr inbounds i8, i8* %320, i64 15360
  %322 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %321, i8** %322, align 8
  %323 = getelementptr inbounds i8*, i8** %0, i64 44
  %324 = load i8*, i8** %323, align 8
  %325 = getelementptr inbounds i8, i8* %324, i64 16384
  %326 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %325, i8** %326, align 8
  %327 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_24(i8* %327, i64 0, i64 2)
  %328 = getelementptr inbounds i8*, i8** %0, i64 44
  %329 = load i8*, i8** %328, align 8
  %330 = getelementptr inbounds i8, i8* %329, i64 15360
  %331 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %330, i8** %331, align 8
  %332 = getelementptr inbounds i8*, i8** %0, i64 9
  %333 = load i8*, i8** %332, align 8
  %334 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %333, i8** %334, align 8
  %335 = getelementptr inbounds i8*, i8** %0, i64 44
  %336 = load i8*, i8** %335, align 8
  %337 = getelementptr inbounds i8, i8* %336, i64 4096
  %338 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %337, i8** %338, align 8
  %339 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_25(i8* %339, i64 0, i64 16)
  %340 = getelementptr inbounds i8*, i8** %0, i64 44
  %341 = load i8*, i8** %340, align 8
  %342 = getelementptr inbounds i8, i8* %341, i64 2048
  %343 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %342, i8** %343, align 8
  %344 = getelementptr inbounds i8*, i8** %0, i64 44
  %345 = load i8*, i8** %344, align 8
  %346 = getelementptr inbounds i8, i8* %345, i64 15360
  %347 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %346, i8** %347, align 8
  %348 = getelementptr inbounds i8*, i8** %0, i64 43
  %349 = load i8*, i8** %348, align 8
  %350 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %349, i8** %350, align 8
  %351 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_26(i8* %351, i64 0, i64 32)
  %352 = getelementptr inbounds i8*, i8** %0, i64 44
  %353 = load i8*, i8** %352, align 8
  %354 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %353, i8** %354, align 8
  %355 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_27(i8* %355, i64 0, i64 1)
  %356 = getelementptr inbounds i8*, i8** %0, i64 44
  %357 = load i8*, i8** %356, align 8
  %358 = getelementptr inbounds i8, i8* %357, i64 4096
  %359 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %358, i8** %359, align 8
  %360 = getelementptr inbounds i8*, i8** %0, i64 44
  %361 = load i8*, i8** %360, align 8
  %362 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %361, i8** %362, align 8
  %363 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_28(i8* %363, i64 0, i64 1)
  %364 = getelementptr inbounds i8*, i8** %0, i64 44
  %365 = load i8*, i8** %364, align 8
  %366 = getelementptr inbounds i8, i8* %365, i64 4096
  %367 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %366, i8** %367, align 8
  %368 = getelementptr inbounds i8*, i8** %0, i64 8
  %369 = load i8*, i8** %368, align 8
  %370 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %369, i8** %370, align 8
  %371 = getelementptr inbounds i8*, i8** %0, i64 44
  %372 = load i8*, i8** %371, align 8
  %373 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %372, i8** %373, align 8
  %374 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_29(i8* %374, i64 0, i64 16)
  %375 = getelementptr inbounds i8*, i8** %0, i64 44
  %376 = load i8*, i8** %375, align 8
  %377 = getelementptr inbounds i8, i8* %376, i64 14336
  %378 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %377, i8** %378, align 8
  %379 = getelementptr inbounds i8*, i8** %0, i64 44
  %380 = load i8*, i8** %379, align 8
  %381 = getelementptr inbounds i8, i8* %380, i64 4096
  %382 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %381, i8** %382, align 8
  %383 = getelementptr inbounds i8*, i8** %0, i64 42
  %384 = load i8*, i8** %383, align 8
  %385 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %384, i8** %385, align 8
  %386 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_30(i8* %386, i64 0, i64 16)
  %387 = getelementptr inbounds i8*, i8** %0, i64 44
  %388 = load i8*, i8** %387, align 8
  %389 = getelementptr inbounds i8, i8* %388, i64 1024
  %390 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %389, i8** %390, align 8
  %391 = getelementptr inbounds i8*, i8** %0, i64 44
  %392 = load i8*, i8** %391, align 8
  %393 = getelementptr inbounds i8, i8* %392, i64 13312
  %394 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %393, i8** %394, align 8
  %395 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %395, i64 0, i64 1)
  %396 = getelementptr inbounds i8*, i8** %0, i64 44
  %397 = load i8*, i8** %396, align 8
  %398 = getelementptr inbounds i8, i8* %397, i64 1024
  %399 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %398, i8** %399, align 8
  %400 = getelementptr inbounds i8*, i8** %0, i64 44
  %401 = load i8*, i8** %400, align 8
  %402 = getelementptr inbounds i8, i8* %401, i64 2048
  %403 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %402, i8** %403, align 8
  %404 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %404, i64 0, i64 16)
  %405 = getelementptr inbounds i8*, i8** %0, i64 44
  %406 = load i8*, i8** %405, align 8
  %407 = getelementptr inbounds i8, i8* %406, i64 2048
  %408 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %407, i8** %408, align 8
  %409 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %409, i64 0, i64 1)
  %410 = getelementptr inbounds i8*, i8** %0, i64 44
  %411 = load i8*, i8** %410, align 8
  %412 = getelementptr inbounds i8, i8* %411, i64 2048
  %413 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %412, i8** %413, align 8
  %414 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %414, i64 0, i64 1)
  %415 = getelementptr inbounds i8*, i8** %0, i64 44
  %416 = load i8*, i8** %415, align 8
  %417 = getelementptr inbounds i8, i8* %416, i64 1024
  %418 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %417, i8** %418, align 8
  %419 = getelementptr inbounds i8*, i8** %0, i64 44
  %420 = load i8*, i8** %419, align 8
  %421 = getelementptr inbounds i8, i8* %420, i64 13312
  %422 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %421, i8** %422, align 8
  %423 = getelementptr inbounds i8*, i8** %0, i64 44
  %424 = load i8*, i8** %423, align 8
  %425 = getelementptr inbounds i8, i8* %424, i64 2048
  %426 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %425, i8** %426, align 8
  %427 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %427, i64 0, i64 16)
  %428 = getelementptr inbounds i8*, i8** %0, i64 44
  %429 = load i8*, i8** %428, align 8
  %430 = getelementptr inbounds i8, i8* %429, i64 1024
  %431 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %430, i8** %431, align 8
  %432 = getelementptr inbounds i8*, i8** %0, i64 44
  %433 = load i8*, i8** %432, align 8
  %434 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %433, i8** %434, align 8
  %435 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %435, i64 0, i64 1)
  %436 = getelementptr inbounds i8*, i8** %0, i64 44
  %437 = load i8*, i8** %436, align 8
  %438 = getelementptr inbounds i8, i8* %437, i64 1024
  %439 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %438, i8** %439, align 8
  %440 = getelementptr inbounds i8*, i8** %0, i64 41
  %441 = load i8*, i8** %440, align 8
  %442 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %441, i8** %442, align 8
  %443 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %443, i64 0, i64 16)
  %444 = getelementptr inbounds i8*, i8** %0, i64 44
  %445 = load i8*, i8** %444, align 8
  %446 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %445, i8** %446, align 8
  %447 = getelementptr inbounds i8*, i8** %0, i64 7
  %448 = load i8*, i8** %447, align 8
  %449 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %448, i8** %449, align 8
  %450 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %450, i64 0, i64 16)
  %451 = getelementptr inbounds i8*, i8** %0, i64 44
  %452 = load i8*, i8** %451, align 8
  %453 = getelementptr inbounds i8, i8* %452, i64 1024
  %454 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %453, i8** %454, align 8
  %455 = getelementptr inbounds i8*, i8** %0, i64 44
  %456 = load i8*, i8** %455, align 8
  %457 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %456, i8** %457, align 8
  %458 = getelementptr inbounds i8*, i8** %0, i64 44
  %459 = load i8*, i8** %458, align 8
  %460 = getelementptr inbounds i8, i8* %459, i64 13312
  %461 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %460, i8** %461, align 8
  %462 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %462, i64 0, i64 1)
  %463 = getelementptr inbounds i8*, i8** %0, i64 44
  %464 = load i8*, i8** %463, align 8
  %465 = getelementptr inbounds i8, i8* %464, i64 1024
  %466 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %465, i8** %466, align 8
  %467 = getelementptr inbounds i8*, i8** %0, i64 44
  %468 = load i8*, i8** %467, align 8
  %469 = getelementptr inbounds i8, i8* %468, i64 2112
  %470 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %469, i8** %470, align 8
  %471 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %471, i64 0, i64 16)
  %472 = getelementptr inbounds i8*, i8** %0, i64 44
  %473 = load i8*, i8** %472, align 8
  %474 = getelementptr inbounds i8, i8* %473, i64 1024
  %475 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %474, i8** %475, align 8
  %476 = getelementptr inbounds i8*, i8** %0, i64 44
  %477 = load i8*, i8** %476, align 8
  %478 = getelementptr inbounds i8, i8* %477, i64 2048
  %479 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %478, i8** %479, align 8
  %480 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %480, i64 0, i64 1)
  %481 = getelementptr inbounds i8*, i8** %0, i64 44
  %482 = load i8*, i8** %481, align 8
  %483 = getelementptr inbounds i8, i8* %482, i64 1024
  %484 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %483, i8** %484, align 8
  %485 = getelementptr inbounds i8*, i8** %0, i64 44
  %486 = load i8*, i8** %485, align 8
  %487 = getelementptr inbounds i8, i8* %486, i64 2112
  %488 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %487, i8** %488, align 8
  %489 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %489, i64 0, i64 1)
  %490 = getelementptr inbounds i8*, i8** %0, i64 44
  %491 = load i8*, i8** %490, align 8
  %492 = getelementptr inbounds i8, i8* %491, i64 13312
  %493 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %492, i8** %493, align 8
  %494 = getelementptr inbounds i8*, i8** %0, i64 44
  %495 = load i8*, i8** %494, align 8
  %496 = getelementptr inbounds i8, i8* %495, i64 1024
  %497 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %496, i8** %497, align 8
  %498 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %498, i64 0, i64 16)
  %499 = getelementptr inbounds i8*, i8** %0, i64 44
  %500 = load i8*, i8** %499, align 8
  %501 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %500, i8** %501, align 8
  %502 = getelementptr inbounds i8*, i8** %0, i64 44
  %503 = load i8*, i8** %502, align 8
  %504 = getelementptr inbounds i8, i8* %503, i64 13312
  %505 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %504, i8** %505, align 8
  %506 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %506, i64 0, i64 1)
  %507 = getelementptr inbounds i8*, i8** %0, i64 44
  %508 = load i8*, i8** %507, align 8
  %509 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %508, i8** %509, align 8
  %510 = getelementptr inbounds i8*, i8** %0, i64 44
  %511 = load i8*, i8** %510, align 8
  %512 = getelementptr inbounds i8, i8* %511, i64 2048
  %513 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %512, i8** %513, align 8
  %514 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %514, i64 0, i64 16)
  %515 = getelementptr inbounds i8*, i8** %0, i64 44
  %516 = load i8*, i8** %515, align 8
  %517 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %516, i8** %517, align 8
  %518 = getelementptr inbounds i8*, i8** %0, i64 44
  %519 = load i8*, i8** %518, align 8
  %520 = getelementptr inbounds i8, i8* %519, i64 16384
  %521 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %520, i8** %521, align 8
  %522 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_45(i8* %522, i64 0, i64 2)
  %523 = getelementptr inbounds i8*, i8** %0, i64 44
  %524 = load i8*, i8** %523, align 8
  %525 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %524, i8** %525, align 8
  %526 = getelementptr inbounds i8*, i8** %0, i64 6
  %527 = load i8*, i8** %526, align 8
  %528 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %527, i8** %528, align 8
  %529 = getelementptr inbounds i8*, i8** %0, i64 44
  %530 = load i8*, i8** %529, align 8
  %531 = getelementptr inbounds i8, i8* %530, i64 1024
  %532 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %531, i8** %532, align 8
  %533 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %533, i64 0, i64 16)
  %534 = getelementptr inbounds i8*, i8** %0, i64 44
  %535 = load i8*, i8** %534, align 8
  %536 = getelementptr inbounds i8, i8* %535, i64 12288
  %537 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %536, i8** %537, align 8
  %538 = getelementptr inbounds i8*, i8** %0, i64 44
  %539 = load i8*, i8** %538, align 8
  %540 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %539, i8** %540, align 8
  %541 = getelementptr inbounds i8*, i8** %0, i64 40
  %542 = load i8*, i8** %541, align 8
  %543 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %542, i8** %543, align 8
  %544 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %544, i64 0, i64 16)
  %545 = getelementptr inbounds i8*, i8** %0, i64 44
  %546 = load i8*, i8** %545, align 8
  %547 = getelementptr inbounds i8, i8* %546, i64 2048
  %548 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %547, i8** %548, align 8
  %549 = getelementptr inbounds i8*, i8** %0, i64 44
  %550 = load i8*, i8** %549, align 8
  %551 = getelementptr inbounds i8, i8* %550, i64 1024
  %552 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %551, i8** %552, align 8
  %553 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %553, i64 0, i64 2)
  %554 = getelementptr inbounds i8*, i8** %0, i64 44
  %555 = load i8*, i8** %554, align 8
  %556 = getelementptr inbounds i8, i8* %555, i64 2048
  %557 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %556, i8** %557, align 8
  %558 = getelementptr inbounds i8*, i8** %0, i64 44
  %559 = load i8*, i8** %558, align 8
  %560 = getelementptr inbounds i8, i8* %559, i64 10240
  %561 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %560, i8** %561, align 8
  %562 = getelementptr inbounds i8*, i8** %0, i64 44
  %563 = load i8*, i8** %562, align 8
  %564 = getelementptr inbounds i8, i8* %563, i64 1024
  %565 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %564, i8** %565, align 8
  %566 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %566, i64 0, i64 32)
  %567 = getelementptr inbounds i8*, i8** %0, i64 44
  %568 = load i8*, i8** %567, align 8
  %569 = getelementptr inbounds i8, i8* %568, i64 11264
  %570 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %569, i8** %570, align 8
  %571 = getelementptr inbounds i8*, i8** %0, i64 44
  %572 = load i8*, i8** %571, align 8
  %573 = getelementptr inbounds i8, i8* %572, i64 2048
  %574 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %573, i8** %574, align 8
  %575 = getelementptr inbounds i8*, i8** %0, i64 44
  %576 = load i8*, i8** %575, align 8
  %577 = getelementptr inbounds i8, i8* %576, i64 3072
  %578 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %577, i8** %578, align 8
  %579 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %579, i64 0, i64 32)
  %580 = getelementptr inbounds i8*, i8** %0, i64 44
  %581 = load i8*, i8** %580, align 8
  %582 = getelementptr inbounds i8, i8* %581, i64 2048
  %583 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %582, i8** %583, align 8
  %584 = getelementptr inbounds i8*, i8** %0, i64 44
  %585 = load i8*, i8** %584, align 8
  %586 = getelementptr inbounds i8, i8* %585, i64 1024
  %587 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %586, i8** %587, align 8
  %588 = getelementptr inbounds i8*, i8** %0, i64 44
  %589 = load i8*, i8** %588, align 8
  %590 = getelementptr inbounds i8, i8* %589, i64 11264
  %591 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %590, i8** %591, align 8
  %592 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %592, i64 0, i64 1)
  %593 = getelementptr inbounds i8*, i8** %0, i64 44
  %594 = load i8*, i8** %593, align 8
  %595 = getelementptr inbounds i8, i8* %594, i64 2048
  %596 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %595, i8** %596, align 8
  %597 = getelementptr inbounds i8*, i8** %0, i64 44
  %598 = load i8*, i8** %597, align 8
  %599 = getelementptr inbounds i8, i8* %598, i64 4096
  %600 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %599, i8** %600, align 8
  %601 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_49(i8* %601, i64 0, i64 32)
  %602 = getelementptr inbounds i8*, i8** %0, i64 44
  %603 = load i8*, i8** %602, align 8
  %604 = getelementptr inbounds i8, i8* %603, i64 1024
  %605 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %604, i8** %605, align 8
  %606 = getelementptr inbounds i8*, i8** %0, i64 44
  %607 = load i8*, i8** %606, align 8
  %608 = getelementptr inbounds i8, i8* %607, i64 4096
  %609 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %608, i8** %609, align 8
  %610 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_50(i8* %610, i64 0, i64 32)
  %611 = getelementptr inbounds i8*, i8** %0, i64 44
  %612 = load i8*, i8** %611, align 8
  %613 = getelementptr inbounds i8, i8* %612, i64 11264
  %614 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %613, i8** %614, align 8
  %615 = getelementptr inbounds i8*, i8** %0, i64 44
  %616 = load i8*, i8** %615, align 8
  %617 = getelementptr inbounds i8, i8* %616, i64 1024
  %618 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %617, i8** %618, align 8
  %619 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_51(i8* %619, i64 0, i64 1)
  %620 = getelementptr inbounds i8*, i8** %0, i64 44
  %621 = load i8*, i8** %620, align 8
  %622 = getelementptr inbounds i8, i8* %621, i64 11264
  %623 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %622, i8** %623, align 8
  %624 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %624, i64 0, i64 1)
  %625 = getelementptr inbounds i8*, i8** %0, i64 44
  %626 = load i8*, i8** %625, align 8
  %627 = getelementptr inbounds i8, i8* %626, i64 11264
  %628 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %627, i8** %628, align 8
  %629 = getelementptr inbounds i8*, i8** %0, i64 44
  %630 = load i8*, i8** %629, align 8
  %631 = getelementptr inbounds i8, i8* %630, i64 9216
  %632 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %631, i8** %632, align 8
  %633 = getelementptr inbounds i8*, i8** %0, i64 44
  %634 = load i8*, i8** %633, align 8
  %635 = getelementptr inbounds i8, i8* %634, i64 1024
  %636 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %635, i8** %636, align 8
  %637 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %637, i64 0, i64 32)
  %638 = getelementptr inbounds i8*, i8** %0, i64 44
  %639 = load i8*, i8** %638, align 8
  %640 = getelementptr inbounds i8, i8* %639, i64 11264
  %641 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %640, i8** %641, align 8
  %642 = getelementptr inbounds i8*, i8** %0, i64 44
  %643 = load i8*, i8** %642, align 8
  %644 = getelementptr inbounds i8, i8* %643, i64 8192
  %645 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %644, i8** %645, align 8
  %646 = getelementptr inbounds i8*, i8** %0, i64 44
  %647 = load i8*, i8** %646, align 8
  %648 = getelementptr inbounds i8, i8* %647, i64 2048
  %649 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %648, i8** %649, align 8
  %650 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_48(i8* %650, i64 0, i64 32)
  %651 = getelementptr inbounds i8*, i8** %0, i64 44
  %652 = load i8*, i8** %651, align 8
  %653 = getelementptr inbounds i8, i8* %652, i64 4096
  %654 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %653, i8** %654, align 8
  %655 = getelementptr inbounds i8*, i8** %0, i64 44
  %656 = load i8*, i8** %655, align 8
  %657 = getelementptr inbounds i8, i8* %656, i64 3072
  %658 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %657, i8** %658, align 8
  %659 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %659, i64 0, i64 2)
  %660 = getelementptr inbounds i8*, i8** %0, i64 44
  %661 = load i8*, i8** %660, align 8
  %662 = getelementptr inbounds i8, i8* %661, i64 4096
  %663 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %662, i8** %663, align 8
  %664 = getelementptr inbounds i8*, i8** %0, i64 5
  %665 = load i8*, i8** %664, align 8
  %666 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %665, i8** %666, align 8
  %667 = getelementptr inbounds i8*, i8** %0, i64 44
  %668 = load i8*, i8** %667, align 8
  %669 = getelementptr inbounds i8, i8* %668, i64 3072
  %670 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %669, i8** %670, align 8
  %671 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %671, i64 0, i64 16)
  %672 = getelementptr inbounds i8*, i8** %0, i64 44
  %673 = load i8*, i8** %672, align 8
  %674 = getelementptr inbounds i8, i8* %673, i64 7168
  %675 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %674, i8** %675, align 8
  %676 = getelementptr inbounds i8*, i8** %0, i64 44
  %677 = load i8*, i8** %676, align 8
  %678 = getelementptr inbounds i8, i8* %677, i64 4096
  %679 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %678, i8** %679, align 8
  %680 = getelementptr inbounds i8*, i8** %0, i64 39
  %681 = load i8*, i8** %680, align 8
  %682 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %681, i8** %682, align 8
  %683 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %683, i64 0, i64 16)
  %684 = getelementptr inbounds i8*, i8** %0, i64 44
  %685 = load i8*, i8** %684, align 8
  %686 = getelementptr inbounds i8, i8* %685, i64 4096
  %687 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %686, i8** %687, align 8
  %688 = getelementptr inbounds i8*, i8** %0, i64 44
  %689 = load i8*, i8** %688, align 8
  %690 = getelementptr inbounds i8, i8* %689, i64 2048
  %691 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %690, i8** %691, align 8
  %692 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %692, i64 0, i64 2)
  %693 = getelementptr inbounds i8*, i8** %0, i64 44
  %694 = load i8*, i8** %693, align 8
  %695 = getelementptr inbounds i8, i8* %694, i64 4096
  %696 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %695, i8** %696, align 8
  %697 = getelementptr inbounds i8*, i8** %0, i64 4
  %698 = load i8*, i8** %697, align 8
  %699 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %698, i8** %699, align 8
  %700 = getelementptr inbounds i8*, i8** %0, i64 44
  %701 = load i8*, i8** %700, align 8
  %702 = getelementptr inbounds i8, i8* %701, i64 2048
  %703 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %702, i8** %703, align 8
  %704 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %704, i64 0, i64 16)
  %705 = getelementptr inbounds i8*, i8** %0, i64 44
  %706 = load i8*, i8** %705, align 8
  %707 = getelementptr inbounds i8, i8* %706, i64 7168
  %708 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %707, i8** %708, align 8
  %709 = getelementptr inbounds i8*, i8** %0, i64 44
  %710 = load i8*, i8** %709, align 8
  %711 = getelementptr inbounds i8, i8* %710, i64 4096
  %712 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %711, i8** %712, align 8
  %713 = getelementptr inbounds i8*, i8** %0, i64 38
  %714 = load i8*, i8** %713, align 8
  %715 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %714, i8** %715, align 8
  %716 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %716, i64 0, i64 16)
  %717 = getelementptr inbounds i8*, i8** %0, i64 44
  %718 = load i8*, i8** %717, align 8
  %719 = getelementptr inbounds i8, i8* %718, i64 3072
  %720 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %719, i8** %720, align 8
  %721 = getelementptr inbounds i8*, i8** %0, i64 44
  %722 = load i8*, i8** %721, align 8
  %723 = getelementptr inbounds i8, i8* %722, i64 2048
  %724 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %723, i8** %724, align 8
  %725 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %725, i64 0, i64 1)
  %726 = getelementptr inbounds i8*, i8** %0, i64 44
  %727 = load i8*, i8** %726, align 8
  %728 = getelementptr inbounds i8, i8* %727, i64 2048
  %729 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %728, i8** %729, align 8
  %730 = getelementptr inbounds i8*, i8** %0, i64 44
  %731 = load i8*, i8** %730, align 8
  %732 = getelementptr inbounds i8, i8* %731, i64 1024
  %733 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %732, i8** %733, align 8
  %734 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_9(i8* %734, i64 0, i64 2)
  %735 = getelementptr inbounds i8*, i8** %0, i64 44
  %736 = load i8*, i8** %735, align 8
  %737 = getelementptr inbounds i8, i8* %736, i64 2048
  %738 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %737, i8** %738, align 8
  %739 = getelementptr inbounds i8*, i8** %0, i64 3
  %740 = load i8*, i8** %739, align 8
  %741 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %740, i8** %741, align 8
  %742 = getelementptr inbounds i8*, i8** %0, i64 44
  %743 = load i8*, i8** %742, align 8
  %744 = getelementptr inbounds i8, i8* %743, i64 1024
  %745 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %744, i8** %745, align 8
  %746 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_46(i8* %746, i64 0, i64 16)
  %747 = getelementptr inbounds i8*, i8** %0, i64 44
  %748 = load i8*, i8** %747, align 8
  %749 = getelementptr inbounds i8, i8* %748, i64 7168
  %750 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %749, i8** %750, align 8
  %751 = getelementptr inbounds i8*, i8** %0, i64 44
  %752 = load i8*, i8** %751, align 8
  %753 = getelementptr inbounds i8, i8* %752, i64 2048
  %754 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %753, i8** %754, align 8
  %755 = getelementptr inbounds i8*, i8** %0, i64 37
  %756 = load i8*, i8** %755, align 8
  %757 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %756, i8** %757, align 8
  %758 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_47(i8* %758, i64 0, i64 16)
  %759 = getelementptr inbounds i8*, i8** %0, i64 44
  %760 = load i8*, i8** %759, align 8
  %761 = getelementptr inbounds i8, i8* %760, i64 3072
  %762 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %761, i8** %762, align 8
  %763 = getelementptr inbounds i8*, i8** %0, i64 44
  %764 = load i8*, i8** %763, align 8
  %765 = getelementptr inbounds i8, i8* %764, i64 1024
  %766 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %765, i8** %766, align 8
  %767 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %767, i64 0, i64 1)
  %768 = getelementptr inbounds i8*, i8** %0, i64 44
  %769 = load i8*, i8** %768, align 8
  %770 = getelementptr inbounds i8, i8* %769, i64 1024
  %771 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %770, i8** %771, align 8
  %772 = getelementptr inbounds i8*, i8** %0, i64 44
  %773 = load i8*, i8** %772, align 8
  %774 = getelementptr inbounds i8, i8* %773, i64 6144
  %775 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %774, i8** %775, align 8
  %776 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_31(i8* %776, i64 0, i64 1)
  %777 = getelementptr inbounds i8*, i8** %0, i64 44
  %778 = load i8*, i8** %777, align 8
  %779 = getelementptr inbounds i8, i8* %778, i64 1024
  %780 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %779, i8** %780, align 8
  %781 = getelementptr inbounds i8*, i8** %0, i64 44
  %782 = load i8*, i8** %781, align 8
  %783 = getelementptr inbounds i8, i8* %782, i64 2048
  %784 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %783, i8** %784, align 8
  %785 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %785, i64 0, i64 16)
  %786 = getelementptr inbounds i8*, i8** %0, i64 44
  %787 = load i8*, i8** %786, align 8
  %788 = getelementptr inbounds i8, i8* %787, i64 2048
  %789 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %788, i8** %789, align 8
  %790 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_33(i8* %790, i64 0, i64 1)
  %791 = getelementptr inbounds i8*, i8** %0, i64 44
  %792 = load i8*, i8** %791, align 8
  %793 = getelementptr inbounds i8, i8* %792, i64 2048
  %794 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %793, i8** %794, align 8
  %795 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_34(i8* %795, i64 0, i64 1)
  %796 = getelementptr inbounds i8*, i8** %0, i64 44
  %797 = load i8*, i8** %796, align 8
  %798 = getelementptr inbounds i8, i8* %797, i64 1024
  %799 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %798, i8** %799, align 8
  %800 = getelementptr inbounds i8*, i8** %0, i64 44
  %801 = load i8*, i8** %800, align 8
  %802 = getelementptr inbounds i8, i8* %801, i64 6144
  %803 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %802, i8** %803, align 8
  %804 = getelementptr inbounds i8*, i8** %0, i64 44
  %805 = load i8*, i8** %804, align 8
  %806 = getelementptr inbounds i8, i8* %805, i64 2048
  %807 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %806, i8** %807, align 8
  %808 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_35(i8* %808, i64 0, i64 16)
  %809 = getelementptr inbounds i8*, i8** %0, i64 44
  %810 = load i8*, i8** %809, align 8
  %811 = getelementptr inbounds i8, i8* %810, i64 1024
  %812 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %811, i8** %812, align 8
  %813 = getelementptr inbounds i8*, i8** %0, i64 44
  %814 = load i8*, i8** %813, align 8
  %815 = getelementptr inbounds i8, i8* %814, i64 3072
  %816 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %815, i8** %816, align 8
  %817 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_36(i8* %817, i64 0, i64 1)
  %818 = getelementptr inbounds i8*, i8** %0, i64 44
  %819 = load i8*, i8** %818, align 8
  %820 = getelementptr inbounds i8, i8* %819, i64 1024
  %821 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %820, i8** %821, align 8
  %822 = getelementptr inbounds i8*, i8** %0, i64 36
  %823 = load i8*, i8** %822, align 8
  %824 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %823, i8** %824, align 8
  %825 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_37(i8* %825, i64 0, i64 16)
  %826 = getelementptr inbounds i8*, i8** %0, i64 44
  %827 = load i8*, i8** %826, align 8
  %828 = getelementptr inbounds i8, i8* %827, i64 3072
  %829 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %828, i8** %829, align 8
  %830 = getelementptr inbounds i8*, i8** %0, i64 2
  %831 = load i8*, i8** %830, align 8
  %832 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %831, i8** %832, align 8
  %833 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_38(i8* %833, i64 0, i64 16)
  %834 = getelementptr inbounds i8*, i8** %0, i64 44
  %835 = load i8*, i8** %834, align 8
  %836 = getelementptr inbounds i8, i8* %835, i64 1024
  %837 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %836, i8** %837, align 8
  %838 = getelementptr inbounds i8*, i8** %0, i64 44
  %839 = load i8*, i8** %838, align 8
  %840 = getelementptr inbounds i8, i8* %839, i64 3072
  %841 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %840, i8** %841, align 8
  %842 = getelementptr inbounds i8*, i8** %0, i64 44
  %843 = load i8*, i8** %842, align 8
  %844 = getelementptr inbounds i8, i8* %843, i64 6144
  %845 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %844, i8** %845, align 8
  %846 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_39(i8* %846, i64 0, i64 1)
  %847 = getelementptr inbounds i8*, i8** %0, i64 44
  %848 = load i8*, i8** %847, align 8
  %849 = getelementptr inbounds i8, i8* %848, i64 1024
  %850 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %849, i8** %850, align 8
  %851 = getelementptr inbounds i8*, i8** %0, i64 44
  %852 = load i8*, i8** %851, align 8
  %853 = getelementptr inbounds i8, i8* %852, i64 2112
  %854 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %853, i8** %854, align 8
  %855 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_32(i8* %855, i64 0, i64 16)
  %856 = getelementptr inbounds i8*, i8** %0, i64 44
  %857 = load i8*, i8** %856, align 8
  %858 = getelementptr inbounds i8, i8* %857, i64 1024
  %859 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %858, i8** %859, align 8
  %860 = getelementptr inbounds i8*, i8** %0, i64 44
  %861 = load i8*, i8** %860, align 8
  %862 = getelementptr inbounds i8, i8* %861, i64 2048
  %863 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %862, i8** %863, align 8
  %864 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_40(i8* %864, i64 0, i64 1)
  %865 = getelementptr inbounds i8*, i8** %0, i64 44
  %866 = load i8*, i8** %865, align 8
  %867 = getelementptr inbounds i8, i8* %866, i64 1024
  %868 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %867, i8** %868, align 8
  %869 = getelementptr inbounds i8*, i8** %0, i64 44
  %870 = load i8*, i8** %869, align 8
  %871 = getelementptr inbounds i8, i8* %870, i64 2112
  %872 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %871, i8** %872, align 8
  %873 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_41(i8* %873, i64 0, i64 1)
  %874 = getelementptr inbounds i8*, i8** %0, i64 44
  %875 = load i8*, i8** %874, align 8
  %876 = getelementptr inbounds i8, i8* %875, i64 6144
  %877 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %876, i8** %877, align 8
  %878 = getelementptr inbounds i8*, i8** %0, i64 44
  %879 = load i8*, i8** %878, align 8
  %880 = getelementptr inbounds i8, i8* %879, i64 1024
  %881 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %880, i8** %881, align 8
  %882 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_42(i8* %882, i64 0, i64 16)
  %883 = getelementptr inbounds i8*, i8** %0, i64 44
  %884 = load i8*, i8** %883, align 8
  %885 = getelementptr inbounds i8, i8* %884, i64 3072
  %886 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %885, i8** %886, align 8
  %887 = getelementptr inbounds i8*, i8** %0, i64 44
  %888 = load i8*, i8** %887, align 8
  %889 = getelementptr inbounds i8, i8* %888, i64 6144
  %890 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %889, i8** %890, align 8
  %891 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_43(i8* %891, i64 0, i64 1)
  %892 = getelementptr inbounds i8*, i8** %0, i64 44
  %893 = load i8*, i8** %892, align 8
  %894 = getelementptr inbounds i8, i8* %893, i64 3072
  %895 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %894, i8** %895, align 8
  %896 = getelementptr inbounds i8*, i8** %0, i64 44
  %897 = load i8*, i8** %896, align 8
  %898 = getelementptr inbounds i8, i8* %897, i64 2048
  %899 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %898, i8** %899, align 8
  %900 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_44(i8* %900, i64 0, i64 16)
  %901 = getelementptr inbounds i8*, i8** %0, i64 44
  %902 = load i8*, i8** %901, align 8
  %903 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %902, i8** %903, align 8
  %904 = getelementptr inbounds i8*, i8** %0, i64 44
  %905 = load i8*, i8** %904, align 8
  %906 = getelementptr inbounds i8, i8* %905, i64 3072
  %907 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %906, i8** %907, align 8
  %908 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_52(i8* %908, i64 0, i64 1)
  %909 = getelementptr inbounds i8*, i8** %0, i64 31
  %910 = load i8*, i8** %909, align 8
  %911 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %910, i8** %911, align 8
  %912 = bitcast i8** %pointers to i8*
  %913 = call i1 @eptc_check_1(i8* %912)
  br i1 %913, label %invalid5, label %valid6

invalid5:                                         ; preds = %valid4
  ret i32 125

valid6:                                           ; preds = %valid4
  %914 = getelementptr inbounds i8*, i8** %0, i64 44
  %915 = load i8*, i8** %914, align 8
  %916 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %915, i8** %916, align 8
  %917 = getelementptr inbounds i8*, i8** %0, i64 31
  %918 = load i8*, i8** %917, align 8
  %919 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %918, i8** %919, align 8
  %920 = getelementptr inbounds i8*, i8** %0, i64 34
  %921 = load i8*, i8** %920, align 8
  %922 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %921, i8** %922, align 8
  %923 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_53(i8* %923, i64 0, i64 1)
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
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
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %37, %exit7 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 8
  %21 = add i64 %17, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %15, 8
  %25 = add i64 %24, %i8
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %21, %i8
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %35 = add i64 %18, %i4
  %36 = getelementptr inbounds float, float* %12, i64 %35
  store float %acc, float* %36, align 4
  %37 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 0x3FD6A09E60000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

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
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %71, %exit16 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %19, %body2 ]
  %12 = icmp slt i64 %i4, 8
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %11, %i4
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fcmp uno float %acc, %15
  %17 = fcmp ogt float %15, %acc
  %18 = select i1 %17, float %15, float %acc
  %19 = select i1 %16, float 0x7FF8000000000000, float %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %56, %body6 ]
  %21 = icmp slt i64 %i8, 8
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %11, %i8
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fsub float %24, %acc
  %26 = fcmp oge float %25, -1.100000e+02
  %27 = select i1 %26, float %25, float -1.100000e+02
  %28 = fcmp ole float %27, 1.000000e+02
  %29 = select i1 %28, float %27, float 1.000000e+02
  %30 = fmul float %29, 0x3FF7154760000000
  %31 = call float @llvm.rint.f32(float %30)
  %32 = call float @llvm.fmuladd.f32(float %31, float 0xBFE6300000000000, float %29)
  %33 = call float @llvm.fmuladd.f32(float %31, float 0x3F2BD01060000000, float %32)
  %34 = fmul float %33, %33
  %35 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %33, float 0x3F81239880000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0x3FA5558AE0000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC5554920000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0x3FDFFFFFC0000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %33)
  %40 = fadd float %39, 1.000000e+00
  %41 = fptosi float %31 to i32
  %42 = ashr i32 %41, 1
  %43 = sub i32 %41, %42
  %44 = add i32 %42, 127
  %45 = shl i32 %44, 23
  %46 = bitcast i32 %45 to float
  %47 = fmul float %40, %46
  %48 = add i32 %43, 127
  %49 = shl i32 %48, 23
  %50 = bitcast i32 %49 to float
  %51 = fmul float %47, %50
  %52 = fcmp uno float %25, %25
  %53 = select i1 %52, float %25, float %51
  %54 = add i64 %11, %i8
  %55 = getelementptr inbounds float, float* %9, i64 %54
  store float %53, float* %55, align 4
  %56 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %62, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %61, %body10 ]
  %57 = icmp slt i64 %i12, 8
  br i1 %57, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %58 = add i64 %11, %i12
  %59 = getelementptr inbounds float, float* %9, i64 %58
  %60 = load float, float* %59, align 4
  %61 = fadd float %acc13, %60
  %62 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %70, %body15 ]
  %63 = icmp slt i64 %i17, 8
  br i1 %63, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %64 = add i64 %11, %i17
  %65 = getelementptr inbounds float, float* %9, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fdiv float %66, %acc13
  %68 = add i64 %11, %i17
  %69 = getelementptr inbounds float, float* %9, i64 %68
  store float %67, float* %69, align 4
  %70 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %71 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #2

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
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  %19 = getelementptr inbounds float, float* %12, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %15, 8
  %23 = add i64 %22, %i4
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 8
  %28 = add i64 %17, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 8
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %12, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %12, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
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
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  %18 = mul i64 %i4, 8
  %19 = add i64 %14, %18
  br label %loop5

exit3:                                            ; preds = %loop1
  %20 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %34, %exit11 ]
  %21 = icmp slt i64 %i8, 2
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = mul i64 %i8, 8
  %23 = add i64 %17, %22
  %24 = mul i64 %i8, 64
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
define internal void @eptc_kernel_10(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 32
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
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
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %27, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = add i64 0, %11
  %14 = srem i64 %12, 2
  %15 = sdiv i64 %12, 2
  %16 = mul i64 %14, 128
  %17 = add i64 %13, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %18 = icmp slt i64 %i4, 8
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 %17, %19
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = fdiv float %acc, 8.000000e+00
  %26 = getelementptr inbounds float, float* %9, i64 %i
  store float %25, float* %26, align 4
  %27 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_15(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
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
define internal void @eptc_kernel_16(i8* %0, i64 %1, i64 %2) #1 {
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
define internal void @eptc_kernel_17(i8* %0, i64 %1, i64 %2) #1 {
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

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_18(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %15, %exit3 ]
  %7 = icmp slt i64 %i, %2
  br i1 %7, label %body, label %exit

body:                                             ; preds = %loop
  %8 = mul i64 %i, 4096
  %9 = add i64 %8, 4096
  %10 = icmp slt i64 %9, 1
  %11 = select i1 %10, i64 %9, i64 1
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %8, %body ], [ %14, %body2 ]
  %12 = icmp slt i64 %i4, %11
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = getelementptr inbounds float, float* %6, i64 0
  store float 1.000000e+00, float* %13, align 4
  %14 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %15 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_19(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi i64 [ 0, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 2
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = zext i1 %17 to i64
  %19 = add i64 %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 0
  %22 = load float, float* %21, align 4
  %23 = sitofp i64 %acc to float
  %24 = fdiv float %22, %23
  %25 = icmp eq i64 %acc, 0
  %26 = select i1 %25, float 0.000000e+00, float %24
  %27 = getelementptr inbounds float, float* %12, i64 0
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_20(i8* %0, i64 %1, i64 %2) #1 {
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
  %13 = getelementptr inbounds i8*, i8** %3, i64 3
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %join2, %entry
  %i = phi i64 [ %1, %entry ], [ %26, %join2 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds i32, i32* %9, i64 %i
  %19 = load i32, i32* %18, align 4
  %20 = icmp ne i32 %19, -100
  %21 = getelementptr inbounds float, float* %12, i64 0
  %22 = load float, float* %21, align 4
  %23 = xor i1 %20, true
  br i1 %23, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %24 = getelementptr inbounds float, float* %15, i64 %17
  %25 = bitcast float* %24 to i8*
  call void @llvm.memset.p0i8.i64(i8* %25, i8 0, i64 12, i1 false)
  br label %join

join:                                             ; preds = %then, %body
  br i1 %20, label %then1, label %join2

then1:                                            ; preds = %join
  br label %loop3

join2:                                            ; preds = %exit14, %join
  %26 = add i64 %i, 1
  br label %loop

loop3:                                            ; preds = %body4, %then1
  %i6 = phi i64 [ 0, %then1 ], [ %35, %body4 ]
  %acc = phi float [ 0xFFF0000000000000, %then1 ], [ %34, %body4 ]
  %27 = icmp slt i64 %i6, 3
  br i1 %27, label %body4, label %exit5

body4:                                            ; preds = %loop3
  %28 = add i64 %17, %i6
  %29 = getelementptr inbounds float, float* %6, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fcmp uno float %acc, %30
  %32 = fcmp ogt float %30, %acc
  %33 = select i1 %32, float %30, float %acc
  %34 = select i1 %31, float 0x7FF8000000000000, float %33
  %35 = add i64 %i6, 1
  br label %loop3

exit5:                                            ; preds = %loop3
  br label %loop7

loop7:                                            ; preds = %body8, %exit5
  %i10 = phi i64 [ 0, %exit5 ], [ %70, %body8 ]
  %acc11 = phi float [ 0.000000e+00, %exit5 ], [ %69, %body8 ]
  %36 = icmp slt i64 %i10, 3
  br i1 %36, label %body8, label %exit9

body8:                                            ; preds = %loop7
  %37 = add i64 %17, %i10
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fsub float %39, %acc
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fadd float %acc11, %68
  %70 = add i64 %i10, 1
  br label %loop7

exit9:                                            ; preds = %loop7
  %71 = fcmp olt float %acc11, 0x3810000000000000
  %72 = fmul float %acc11, 0x4160000000000000
  %73 = select i1 %71, float %72, float %acc11
  %74 = bitcast float %73 to i32
  %75 = sub i32 %74, 1060439283
  %76 = ashr i32 %75, 23
  %77 = select i1 %71, i32 23, i32 0
  %78 = sub i32 %76, %77
  %79 = and i32 %75, 8388607
  %80 = add i32 %79, 1060439283
  %81 = bitcast i32 %80 to float
  %82 = fsub float %81, 1.000000e+00
  %83 = sitofp i32 %78 to float
  %84 = fmul float %82, %82
  %85 = fmul float %84, %82
  %86 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %82, float 0x3FC055EC60000000)
  %87 = call float @llvm.fmuladd.f32(float %86, float %82, float 0xBFC0D82420000000)
  %88 = call float @llvm.fmuladd.f32(float %87, float %82, float 0x3FC22D92E0000000)
  %89 = call float @llvm.fmuladd.f32(float %88, float %82, float 0xBFC54728A0000000)
  %90 = call float @llvm.fmuladd.f32(float %89, float %82, float 0x3FC99A01C0000000)
  %91 = call float @llvm.fmuladd.f32(float %90, float %82, float 0xBFD0002260000000)
  %92 = call float @llvm.fmuladd.f32(float %91, float %82, float 0x3FD5555540000000)
  %93 = fmul float -5.000000e-01, %84
  %94 = call float @llvm.fmuladd.f32(float %85, float %92, float %93)
  %95 = call float @llvm.fmuladd.f32(float %83, float 0xBF2BD01060000000, float %94)
  %96 = fadd float %95, %82
  %97 = call float @llvm.fmuladd.f32(float %83, float 0x3FE6300000000000, float %96)
  %98 = fcmp oeq float %acc11, 0.000000e+00
  %99 = select i1 %98, float 0xFFF0000000000000, float %97
  %100 = fcmp olt float %acc11, 0.000000e+00
  %101 = select i1 %100, float 0x7FF8000000000000, float %99
  %102 = fcmp oeq float %acc11, 0x7FF0000000000000
  %103 = select i1 %102, float %acc11, float %101
  %104 = fcmp uno float %acc11, %acc11
  %105 = select i1 %104, float %acc11, float %103
  %106 = sext i32 %19 to i64
  br label %loop12

loop12:                                           ; preds = %body13, %exit9
  %i15 = phi i64 [ 0, %exit9 ], [ %146, %body13 ]
  %107 = icmp slt i64 %i15, 3
  br i1 %107, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %108 = add i64 %17, %i15
  %109 = getelementptr inbounds float, float* %6, i64 %108
  %110 = load float, float* %109, align 4
  %111 = fsub float %110, %acc
  %112 = fsub float %111, %105
  %113 = fcmp oge float %112, -1.100000e+02
  %114 = select i1 %113, float %112, float -1.100000e+02
  %115 = fcmp ole float %114, 1.000000e+02
  %116 = select i1 %115, float %114, float 1.000000e+02
  %117 = fmul float %116, 0x3FF7154760000000
  %118 = call float @llvm.rint.f32(float %117)
  %119 = call float @llvm.fmuladd.f32(float %118, float 0xBFE6300000000000, float %116)
  %120 = call float @llvm.fmuladd.f32(float %118, float 0x3F2BD01060000000, float %119)
  %121 = fmul float %120, %120
  %122 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %120, float 0x3F81239880000000)
  %123 = call float @llvm.fmuladd.f32(float %122, float %120, float 0x3FA5558AE0000000)
  %124 = call float @llvm.fmuladd.f32(float %123, float %120, float 0x3FC5554920000000)
  %125 = call float @llvm.fmuladd.f32(float %124, float %120, float 0x3FDFFFFFC0000000)
  %126 = call float @llvm.fmuladd.f32(float %121, float %125, float %120)
  %127 = fadd float %126, 1.000000e+00
  %128 = fptosi float %118 to i32
  %129 = ashr i32 %128, 1
  %130 = sub i32 %128, %129
  %131 = add i32 %129, 127
  %132 = shl i32 %131, 23
  %133 = bitcast i32 %132 to float
  %134 = fmul float %127, %133
  %135 = add i32 %130, 127
  %136 = shl i32 %135, 23
  %137 = bitcast i32 %136 to float
  %138 = fmul float %134, %137
  %139 = fcmp uno float %112, %112
  %140 = select i1 %139, float %112, float %138
  %141 = icmp eq i64 %i15, %106
  %142 = select i1 %141, float 1.000000e+00, float 0.000000e+00
  %143 = fsub float %140, %142
  %144 = fmul float %22, %143
  %145 = getelementptr inbounds float, float* %15, i64 %108
  store float %144, float* %145, align 4
  %146 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  br label %join2
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_21(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 6
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %36, %exit7 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 3
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %33, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %32, %body6 ]
  %22 = icmp slt i64 %i8, 3
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %15, 3
  %24 = add i64 %23, %i8
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %6, i64 %25
  %27 = load float, float* %26, align 4
  %28 = add i64 %20, %i8
  %29 = getelementptr inbounds float, float* %9, i64 %28
  %30 = load float, float* %29, align 4
  %31 = fmul float %27, %30
  %32 = fadd float %acc, %31
  %33 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %34 = add i64 %17, %i4
  %35 = getelementptr inbounds float, float* %12, i64 %34
  store float %acc, float* %35, align 4
  %36 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_22(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 2
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_23(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 32
  %14 = select i1 %13, i64 %12, i64 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, 1.250000e-01
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_24(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %18, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 128
  %12 = add i64 0, %11
  %13 = mul i64 %i, 16
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %exit7 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = mul i64 %i4, 16
  %17 = add i64 %12, %16
  br label %loop5

exit3:                                            ; preds = %loop1
  %18 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %25, %body6 ]
  %19 = icmp slt i64 %i8, 16
  br i1 %19, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %20 = add i64 %17, %i8
  %21 = add i64 %14, %i8
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %6, i64 %20
  store float %23, float* %24, align 4
  %25 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %26 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_25(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 16
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 16
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 16
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 16
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 16
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 16
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 16
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 16
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 16
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 16
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_26(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 32
  %15 = srem i64 %i, 32
  %16 = mul i64 %14, 512
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 32
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_27(i8* %0, i64 %1, i64 %2) #1 {
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
  %21 = select i1 %20, float 1.000000e+00, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_28(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
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
  %16 = icmp slt i64 %15, 512
  %17 = select i1 %16, i64 %15, i64 512
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_29(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 32
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 32
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 32
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 32
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 32
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 32
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 32
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 32
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 32
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 32, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 32
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 32
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_30(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_31(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_32(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit14, %entry
  %i = phi i64 [ %1, %entry ], [ %72, %exit14 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = mul i64 %11, 16
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %56, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %20, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %25, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %30, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %45, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %50, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %55, %body2 ]
  %15 = icmp slt i64 %i4, 16
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %i4, 0
  %17 = add i64 %14, %16
  %18 = getelementptr inbounds float, float* %6, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %acc, %19
  %21 = add i64 %i4, 1
  %22 = add i64 %14, %21
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fadd float %acc5, %24
  %26 = add i64 %i4, 2
  %27 = add i64 %14, %26
  %28 = getelementptr inbounds float, float* %6, i64 %27
  %29 = load float, float* %28, align 4
  %30 = fadd float %acc6, %29
  %31 = add i64 %i4, 3
  %32 = add i64 %14, %31
  %33 = getelementptr inbounds float, float* %6, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fadd float %acc7, %34
  %36 = add i64 %i4, 4
  %37 = add i64 %14, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fadd float %acc8, %39
  %41 = add i64 %i4, 5
  %42 = add i64 %14, %41
  %43 = getelementptr inbounds float, float* %6, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fadd float %acc9, %44
  %46 = add i64 %i4, 6
  %47 = add i64 %14, %46
  %48 = getelementptr inbounds float, float* %6, i64 %47
  %49 = load float, float* %48, align 4
  %50 = fadd float %acc10, %49
  %51 = add i64 %i4, 7
  %52 = add i64 %14, %51
  %53 = getelementptr inbounds float, float* %6, i64 %52
  %54 = load float, float* %53, align 4
  %55 = fadd float %acc11, %54
  %56 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %57 = fadd float %acc, %acc5
  %58 = fadd float %acc6, %acc7
  %59 = fadd float %acc8, %acc9
  %60 = fadd float %acc10, %acc11
  %61 = fadd float %57, %58
  %62 = fadd float %59, %60
  %63 = fadd float %61, %62
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %69, %body13 ]
  %acc16 = phi float [ %63, %exit3 ], [ %68, %body13 ]
  %64 = icmp slt i64 %i15, 16
  br i1 %64, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %65 = add i64 %14, %i15
  %66 = getelementptr inbounds float, float* %6, i64 %65
  %67 = load float, float* %66, align 4
  %68 = fadd float %acc16, %67
  %69 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %70 = fdiv float %acc16, 1.600000e+01
  %71 = getelementptr inbounds float, float* %9, i64 %i
  store float %70, float* %71, align 4
  %72 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_33(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fadd float %19, 0x3EB0C6F7A0000000
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_34(i8* %0, i64 %1, i64 %2) #1 {
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
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
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
  %20 = call float @llvm.sqrt.f32(float %19)
  %21 = fdiv float 1.000000e+00, %20
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_35(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_36(i8* %0, i64 %1, i64 %2) #1 {
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_37(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 16
  %12 = sdiv i64 %i, 16
  %13 = add i64 0, %11
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %14 = icmp slt i64 %i4, 16
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = mul i64 %i4, 16
  %16 = add i64 %13, %15
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_38(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_39(i8* %0, i64 %1, i64 %2) #1 {
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_40(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %23, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 16
  %14 = select i1 %13, i64 %12, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %22, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float %19, %19
  %21 = getelementptr inbounds float, float* %6, i64 %16
  store float %20, float* %21, align 4
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %23 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_41(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
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
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_42(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_43(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
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
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_44(i8* %0, i64 %1, i64 %2) #1 {
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
  %14 = mul i64 %i, 16
  %15 = add i64 0, %14
  %16 = add i64 0, %i
  %17 = mul i64 %i, 16
  %18 = add i64 0, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 16
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %16
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_45(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  %16 = mul i64 %i, 16
  %17 = add i64 0, %16
  %18 = mul i64 %i, 128
  %19 = add i64 0, %18
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %37, %exit7 ]
  %20 = icmp slt i64 %i4, 8
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %15, %21
  %23 = mul i64 %i4, 16
  %24 = add i64 %19, %23
  br label %loop5

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %body6 ]
  %26 = icmp slt i64 %i8, 16
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = add i64 %22, %i8
  %28 = add i64 %17, %i8
  %29 = add i64 %24, %i8
  %30 = getelementptr inbounds float, float* %9, i64 %28
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %12, i64 %29
  %33 = load float, float* %32, align 4
  %34 = fadd float %31, %33
  %35 = getelementptr inbounds float, float* %6, i64 %27
  store float %34, float* %35, align 4
  %36 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %37 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_46(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit18, %body
  %i4 = phi i64 [ 0, %body ], [ %133, %exit18 ]
  %18 = icmp slt i64 %i4, 16
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  %20 = add i64 0, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %111, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %33, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %body2 ], [ %44, %body6 ]
  %acc10 = phi float [ 0.000000e+00, %body2 ], [ %55, %body6 ]
  %acc11 = phi float [ 0.000000e+00, %body2 ], [ %66, %body6 ]
  %acc12 = phi float [ 0.000000e+00, %body2 ], [ %77, %body6 ]
  %acc13 = phi float [ 0.000000e+00, %body2 ], [ %88, %body6 ]
  %acc14 = phi float [ 0.000000e+00, %body2 ], [ %99, %body6 ]
  %acc15 = phi float [ 0.000000e+00, %body2 ], [ %110, %body6 ]
  %22 = icmp slt i64 %i8, 16
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = add i64 %i8, 0
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %23
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = add i64 %20, %23
  %30 = getelementptr inbounds float, float* %9, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %28, %31
  %33 = fadd float %acc, %32
  %34 = add i64 %i8, 1
  %35 = mul i64 %15, 16
  %36 = add i64 %35, %34
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %6, i64 %37
  %39 = load float, float* %38, align 4
  %40 = add i64 %20, %34
  %41 = getelementptr inbounds float, float* %9, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fmul float %39, %42
  %44 = fadd float %acc9, %43
  %45 = add i64 %i8, 2
  %46 = mul i64 %15, 16
  %47 = add i64 %46, %45
  %48 = add i64 %16, %47
  %49 = getelementptr inbounds float, float* %6, i64 %48
  %50 = load float, float* %49, align 4
  %51 = add i64 %20, %45
  %52 = getelementptr inbounds float, float* %9, i64 %51
  %53 = load float, float* %52, align 4
  %54 = fmul float %50, %53
  %55 = fadd float %acc10, %54
  %56 = add i64 %i8, 3
  %57 = mul i64 %15, 16
  %58 = add i64 %57, %56
  %59 = add i64 %16, %58
  %60 = getelementptr inbounds float, float* %6, i64 %59
  %61 = load float, float* %60, align 4
  %62 = add i64 %20, %56
  %63 = getelementptr inbounds float, float* %9, i64 %62
  %64 = load float, float* %63, align 4
  %65 = fmul float %61, %64
  %66 = fadd float %acc11, %65
  %67 = add i64 %i8, 4
  %68 = mul i64 %15, 16
  %69 = add i64 %68, %67
  %70 = add i64 %16, %69
  %71 = getelementptr inbounds float, float* %6, i64 %70
  %72 = load float, float* %71, align 4
  %73 = add i64 %20, %67
  %74 = getelementptr inbounds float, float* %9, i64 %73
  %75 = load float, float* %74, align 4
  %76 = fmul float %72, %75
  %77 = fadd float %acc12, %76
  %78 = add i64 %i8, 5
  %79 = mul i64 %15, 16
  %80 = add i64 %79, %78
  %81 = add i64 %16, %80
  %82 = getelementptr inbounds float, float* %6, i64 %81
  %83 = load float, float* %82, align 4
  %84 = add i64 %20, %78
  %85 = getelementptr inbounds float, float* %9, i64 %84
  %86 = load float, float* %85, align 4
  %87 = fmul float %83, %86
  %88 = fadd float %acc13, %87
  %89 = add i64 %i8, 6
  %90 = mul i64 %15, 16
  %91 = add i64 %90, %89
  %92 = add i64 %16, %91
  %93 = getelementptr inbounds float, float* %6, i64 %92
  %94 = load float, float* %93, align 4
  %95 = add i64 %20, %89
  %96 = getelementptr inbounds float, float* %9, i64 %95
  %97 = load float, float* %96, align 4
  %98 = fmul float %94, %97
  %99 = fadd float %acc14, %98
  %100 = add i64 %i8, 7
  %101 = mul i64 %15, 16
  %102 = add i64 %101, %100
  %103 = add i64 %16, %102
  %104 = getelementptr inbounds float, float* %6, i64 %103
  %105 = load float, float* %104, align 4
  %106 = add i64 %20, %100
  %107 = getelementptr inbounds float, float* %9, i64 %106
  %108 = load float, float* %107, align 4
  %109 = fmul float %105, %108
  %110 = fadd float %acc15, %109
  %111 = add i64 %i8, 8
  br label %loop5

exit7:                                            ; preds = %loop5
  %112 = fadd float %acc, %acc9
  %113 = fadd float %acc10, %acc11
  %114 = fadd float %acc12, %acc13
  %115 = fadd float %acc14, %acc15
  %116 = fadd float %112, %113
  %117 = fadd float %114, %115
  %118 = fadd float %116, %117
  br label %loop16

loop16:                                           ; preds = %body17, %exit7
  %i19 = phi i64 [ 16, %exit7 ], [ %130, %body17 ]
  %acc20 = phi float [ %118, %exit7 ], [ %129, %body17 ]
  %119 = icmp slt i64 %i19, 16
  br i1 %119, label %body17, label %exit18

body17:                                           ; preds = %loop16
  %120 = mul i64 %15, 16
  %121 = add i64 %120, %i19
  %122 = add i64 %16, %121
  %123 = getelementptr inbounds float, float* %6, i64 %122
  %124 = load float, float* %123, align 4
  %125 = add i64 %20, %i19
  %126 = getelementptr inbounds float, float* %9, i64 %125
  %127 = load float, float* %126, align 4
  %128 = fmul float %124, %127
  %129 = fadd float %acc20, %128
  %130 = add i64 %i19, 1
  br label %loop16

exit18:                                           ; preds = %loop16
  %131 = add i64 %17, %i4
  %132 = getelementptr inbounds float, float* %12, i64 %131
  store float %acc20, float* %132, align 4
  %133 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_47(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 16
  %15 = srem i64 %i, 16
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 16
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %i4, 16
  %22 = add i64 %21, %15
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 16
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 16
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_48(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 64
  %17 = mul i64 %14, 64
  %18 = mul i64 %i, 8
  %19 = getelementptr inbounds float, float* %12, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 8
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 8
  %23 = add i64 %22, %15
  %24 = add i64 %16, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 8
  %28 = add i64 %17, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 8
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %12, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %12, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_49(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = srem i64 %i, 32
  %12 = sdiv i64 %i, 32
  %13 = mul i64 %11, 8
  %14 = add i64 0, %13
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %19, %body2 ]
  %15 = icmp slt i64 %i4, 8
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 %14, %i4
  %17 = getelementptr inbounds float, float* %6, i64 %16
  %18 = load float, float* %17, align 4
  %19 = fadd float %acc, %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %21 = getelementptr inbounds float, float* %9, i64 %i
  store float %acc, float* %21, align 4
  %22 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_50(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 8
  %15 = add i64 0, %14
  %16 = mul i64 %i, 8
  %17 = add i64 0, %16
  %18 = add i64 0, %i
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %15, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %21
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %18
  %25 = load float, float* %24, align 4
  %26 = fsub float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %20
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_51(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
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
  %26 = fmul float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_52(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
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
define internal void @eptc_kernel_53(i8* %0, i64 %1, i64 %2) #1 {
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

loop:                                             ; preds = %exit11, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit11 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 256
  %15 = add i64 %14, 256
  %16 = icmp slt i64 %15, 16
  %17 = select i1 %16, i64 %15, i64 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %exit7 ]
  %18 = icmp slt i64 %i4, 50
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = mul i64 %i4, 16
  br label %loop5

exit3:                                            ; preds = %loop1
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ %14, %body2 ], [ %23, %body6 ]
  %20 = icmp slt i64 %i8, %17
  br i1 %20, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %21 = add i64 %19, %i8
  %22 = getelementptr inbounds float, float* %12, i64 %21
  store float 0.000000e+00, float* %22, align 4
  %23 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %24 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %exit15, %exit3
  %i12 = phi i64 [ 0, %exit3 ], [ %42, %exit15 ]
  %25 = icmp slt i64 %i12, 16
  br i1 %25, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %26 = getelementptr inbounds i32, i32* %9, i64 %i12
  %27 = load i32, i32* %26, align 4
  %28 = sext i32 %27 to i64
  %29 = mul i64 %28, 16
  %30 = mul i64 %i12, 16
  br label %loop13

exit11:                                           ; preds = %loop9
  %31 = add i64 %i, 1
  br label %loop

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ %14, %body10 ], [ %41, %body14 ]
  %32 = icmp slt i64 %i16, %17
  br i1 %32, label %body14, label %exit15

body14:                                           ; preds = %loop13
  %33 = add i64 %29, %i16
  %34 = getelementptr inbounds float, float* %12, i64 %33
  %35 = load float, float* %34, align 4
  %36 = add i64 %30, %i16
  %37 = getelementptr inbounds float, float* %6, i64 %36
  %38 = load float, float* %37, align 4
  %39 = fadd float %35, %38
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i16, 1
  br label %loop13

exit15:                                           ; preds = %loop13
  %42 = add i64 %i12, 1
  br label %loop9
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { argmemonly nofree nounwind willreturn writeonly }
